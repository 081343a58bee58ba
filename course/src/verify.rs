//! `cargo course verify`: proves, for every exercise in the manifest, that
//!
//! 1. the starter compiles, and the tests named in `failing` fail on its
//!    `todo!()` (not on a compile error, not by hanging), or on an assertion
//!    of the tests where an unwritten part shows that way, while any other
//!    test passes; a starter marked `broken` (code with a bug to fix) fails them
//!    on an assertion of the tests instead, as a mutant does;
//! 2. every mutant (a plausible wrong answer: a patch against the solution,
//!    see [`crate::mutant`]) applies, compiles, and is rejected by the tests
//!    it names on every one of [`RUNS`] runs, each time by a panic raised in
//!    the exercise's own `tests/` folder (not in tokio, not in the code);
//! 3. the solution passes every test, and is clippy-clean with `-D warnings`;
//! 4. the starter is clippy-clean but for the unused code its `todo!()`s leave;
//!
//! For an exercise whose learner writes a test (`test_to_write`), the
//! starter's `src/` is the solution's, unchanged; its `failing` tests are the
//! stub in the learner's file, failing on a `todo!()`; and each mutant (a
//! bug the learner's test must catch) is rejected by an assertion in the
//! solution's own tests/ (the model test), not the starter's.
//!
//! and, for the course as a whole, that the manifest and the folders agree:
//! no starter, solution or mutant that the manifest does not name, and none
//! that it names but is missing.

use crate::Failure;
use crate::exec;
use crate::libtest::Outcome;
use crate::libtest::Panic;
use crate::manifest::{Exercise, Manifest, Mutant, package_name};
use crate::mutant;
use crate::patch::normalize;
use crate::proc;
use crate::state;
use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use crate::exec::COMPILE_LIMIT;

/// How many times each mutant's tests run: a mutant must be rejected every time.
pub const RUNS: usize = 3;

pub fn run(root: &Path, ids: &[String]) -> Result<ExitCode, Failure> {
    let root = &root
        .canonicalize()
        .map_err(|e| Failure(format!("cannot open the course at {}: {e}", root.display())))?;
    let manifest = Manifest::load(root)?;
    let chosen: Vec<&Exercise> = if ids.is_empty() {
        manifest.exercises.iter().collect()
    } else {
        ids.iter()
            .map(|id| manifest.find(id))
            .collect::<Result<_, _>>()?
    };
    let started = Instant::now();
    let (mut passed, mut failed) = (0, 0);
    let layout = layout_problems(&manifest);
    if !layout.is_empty() {
        failed += 1;
        println!("the manifest and the folders disagree:");
        for p in &layout {
            println!("  PROBLEM: {p}");
        }
    }
    for exercise in chosen {
        println!(
            "verify {} (chapter {}: {})",
            exercise.id, exercise.chapter, exercise.title
        );
        let one = Instant::now();
        let problems = verify_one(&manifest, exercise)?;
        if problems.is_empty() {
            passed += 1;
            println!("  ok ({:.0?})", one.elapsed());
        } else {
            failed += 1;
            for p in &problems {
                println!("  PROBLEM: {}", p.replace('\n', "\n    "));
            }
            println!("  FAILED ({:.0?})", one.elapsed());
        }
    }
    let layout_note = if layout.is_empty() {
        ""
    } else {
        " (one of them: the course's folders)"
    };
    println!(
        "\nverify: {passed} passed, {failed} failed{layout_note} ({:.0?})",
        started.elapsed()
    );
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn verify_one(manifest: &Manifest, e: &Exercise) -> Result<Vec<String>, Failure> {
    let root = &manifest.root;
    let mut problems = manifest.problems_of(e);
    match std::fs::read_to_string(root.join("src").join(&e.book)) {
        Err(_) => problems.push(format!("its book page src/{} does not exist", e.book)),
        Ok(page) if !page.contains(&format!("cargo course run {}", e.id)) => {
            problems.push(format!(
                "its book page src/{} does not show `cargo course run {}`",
                e.book, e.id
            ))
        }
        Ok(_) => {}
    }
    if !problems.is_empty() {
        return Ok(problems);
    }

    // 1. The starter fails, for the intended reason.
    let starter = package_name(&manifest.starter(e))?;
    let tests = manifest.starter(e).join("tests");
    match test_package(root, &starter)? {
        Err(why) => problems.push(format!("starter {starter}: {why}")),
        Ok(results) => {
            for name in &e.failing {
                match results.get(name) {
                    None => problems.push(format!("starter {starter}: has no test `{name}`")),
                    Some(Outcome::Failed(p)) if e.broken => {
                        if let Some(not) = not_an_assertion(root, &tests, p) {
                            problems.push(format!(
                                "starter {starter} (broken code to fix): `{name}` fails, but not \
                                 on an assertion of the tests: {not}"
                            ));
                        }
                    }
                    Some(Outcome::Failed(p)) if p.is_todo() => {}
                    // A part the learner has not written yet may also show as
                    // a failed assertion (a `Drop` left empty, say): that is
                    // the intended reason too. A panic in tokio or elsewhere
                    // in the code is not.
                    Some(Outcome::Failed(p)) => {
                        if let Some(not) = not_an_assertion(root, &tests, p) {
                            problems.push(format!(
                                "starter {starter}: `{name}` fails, but neither on a todo!() nor \
                                 on an assertion of the tests: {not}"
                            ));
                        }
                    }
                    Some(other) => problems.push(format!(
                        "starter {starter}: `{name}` should fail as shipped, but it is {other:?}"
                    )),
                }
            }
            for (name, outcome) in &results {
                if !e.failing.contains(name) && *outcome != Outcome::Passed {
                    problems.push(format!(
                        "starter {starter}: `{name}` is not in `failing`, yet it does not pass"
                    ));
                }
            }
            if problems.is_empty() {
                println!("  starter fails as intended: {}", e.failing.join(", "));
            }
        }
    }

    // The code under test is the same in the starter and the solution: the
    // learner writes only the test.
    if e.test_to_write.is_some() {
        let (from, to) = (manifest.starter(e), manifest.solution(e));
        let src = |dir: &Path| -> BTreeMap<PathBuf, Vec<u8>> {
            state::files(&dir.join("src"))
                .into_iter()
                .map(|f| {
                    let bytes = std::fs::read(dir.join("src").join(&f)).unwrap_or_default();
                    (f, bytes)
                })
                .collect()
        };
        if src(&from) != src(&to) {
            problems.push(format!(
                "starter {starter}: its src/ differs from the solution's: with `test_to_write`, \
                 the learner writes only the test, so the code must be the same"
            ));
        }
    }

    // 2. Each mutant is rejected, on every run.
    for m in &e.mutant {
        match verify_mutant(manifest, e, m)? {
            Ok(line) => println!("  {line}"),
            Err(problem) => problems.push(problem),
        }
    }

    // 3. The solution passes, and is clippy-clean.
    let solution = package_name(&manifest.solution(e))?;
    let before = problems.len();
    match test_package(root, &solution)? {
        Err(why) => problems.push(format!("solution {solution}: {why}")),
        Ok(results) => {
            // With a test to write, `failing` names the starter's stub: the
            // model test is free to differ.
            for name in e.failing.iter().filter(|_| e.test_to_write.is_none()) {
                if !results.contains_key(name) {
                    problems.push(format!("solution {solution}: has no test `{name}`"));
                }
            }
            for (name, outcome) in &results {
                if *outcome != Outcome::Passed {
                    let detail = match outcome {
                        Outcome::Failed(p) => format!("{}\n{}", p.location, p.message),
                        _ => String::new(),
                    };
                    problems.push(format!(
                        "solution {solution}: `{name}` does not pass: {detail}"
                    ));
                }
            }
            if problems.len() == before {
                println!("  solution passes {} tests", results.len());
            }
        }
    }
    if let Err(why) = clippy(root, &solution, &[]) {
        problems.push(format!("solution {solution} is not clippy-clean:\n{why}"));
    } else {
        println!("  solution is clippy-clean");
    }

    // 4. The starter is clean too, but for what an unfinished body leaves unused.
    if let Err(why) = clippy(
        root,
        &starter,
        &["-A", "unused", "-A", "clippy::diverging_sub_expression"],
    ) {
        problems.push(format!("starter {starter} is not clippy-clean:\n{why}"));
    }
    Ok(problems)
}

/// Applies mutant `m` to a scratch copy of the solution and runs the tests
/// [`RUNS`] times. `Ok` is the line to print when every run rejected it.
fn verify_mutant(
    manifest: &Manifest,
    e: &Exercise,
    m: &Mutant,
) -> Result<Result<String, String>, Failure> {
    let name = format!("mutant {}", mutant::short_name(m));
    let dir = match mutant::scratch(manifest, e, m) {
        Ok(dir) => dir,
        Err(why) => return Ok(Err(format!("{name}: {why}"))),
    };
    let cargo_toml = dir.join("Cargo.toml");
    let select = [
        "--offline",
        "--manifest-path",
        cargo_toml.to_str().unwrap_or_default(),
    ];
    let target = mutant::target_dir(&manifest.root);
    let env = [("CARGO_TARGET_DIR", target.as_os_str())];
    // The learner's test is theirs to write: a bug must be caught by the
    // solution's model test.
    let tests = if e.test_to_write.is_some() {
        manifest.solution(e).join("tests")
    } else {
        manifest.starter(e).join("tests")
    };
    let mut rejected = 0;
    let mut escaped = Vec::new();
    for run in 1..=RUNS {
        let results = match test_with(&dir, &select, &env)? {
            Ok(results) => results,
            // A wrong answer must compile and finish: a hang or a compile
            // error proves nothing about the tests.
            Err(why) => return Ok(Err(format!("{name} ({}): {why}", m.why))),
        };
        match why_not_rejected(&manifest.root, &tests, m, &results) {
            None => rejected += 1,
            Some(why) => escaped.push(format!("run {run}: {why}")),
        }
    }
    Ok(if rejected == RUNS {
        Ok(format!(
            "{name} rejected in {RUNS} of {RUNS} runs ({}): {}",
            m.why,
            m.failing.join(", ")
        ))
    } else if rejected == 0 {
        Err(format!(
            "{name} ({}) survives: not rejected in any of {RUNS} runs:\n{}",
            m.why,
            escaped.join("\n")
        ))
    } else {
        Err(format!(
            "{name} ({}): a weak test. It is rejected in only {rejected} of {RUNS} runs, so it \
             passes now and then:\n{}",
            m.why,
            escaped.join("\n")
        ))
    })
}

/// Why one run's results do not reject the mutant; `None` when they do:
/// each test it names failed on a panic raised in the exercise's tests.
fn why_not_rejected(
    root: &Path,
    tests: &Path,
    m: &Mutant,
    results: &BTreeMap<String, Outcome>,
) -> Option<String> {
    let mut why = Vec::new();
    for name in &m.failing {
        match results.get(name) {
            Some(Outcome::Failed(p)) if p.is_todo() => {
                why.push(format!("`{name}` fails on a todo!() at {}", p.location))
            }
            Some(Outcome::Failed(p)) => {
                if let Some(not) = not_an_assertion(root, tests, p) {
                    why.push(format!(
                        "`{name}` fails, but not on an assertion of the tests: {not}"
                    ));
                }
            }
            Some(Outcome::Passed) => why.push(format!("`{name}` passes")),
            Some(Outcome::Ignored) => why.push(format!("`{name}` is ignored")),
            None => why.push(format!("there is no test `{name}`")),
        }
    }
    (!why.is_empty()).then(|| why.join("; "))
}

/// Why a test's panic is not one of the tests' own assertions; `None` when
/// it is. It must be raised in a file under `tests` (the exercise's tests/
/// folder), and there by an assertion: `assert…!`, `panic!`,
/// `unreachable!`, `.expect(…)`/`.unwrap()`, or a helper function the tests
/// define. A library function marked `#[track_caller]` (tokio's `sleep`
/// with no timer, say) reports the test's line as its location: the text at
/// that column is then the library call, and it does not count.
pub fn not_an_assertion(root: &Path, tests: &Path, p: &Panic) -> Option<String> {
    let said = |p: &Panic| format!("it panicked at {} with `{}`", p.location, p.message);
    if p.location.is_empty() {
        return Some("libtest named no panic location".into());
    }
    // `path:line:col`; the path itself may hold a `:`.
    let mut parts = p.location.rsplitn(3, ':');
    let (Some(col), Some(line), Some(file)) = (parts.next(), parts.next(), parts.next()) else {
        return Some(said(p));
    };
    let (Ok(line), Ok(col)) = (line.parse::<usize>(), col.parse::<usize>()) else {
        return Some(said(p));
    };
    let file = PathBuf::from(file);
    let file = normalize(&if file.is_absolute() {
        file
    } else {
        root.join(file)
    });
    if !file.starts_with(normalize(tests)) {
        return Some(format!("{}, outside the tests", said(p)));
    }
    let source = std::fs::read_to_string(&file).unwrap_or_default();
    let at: String = source
        .lines()
        .nth(line.saturating_sub(1))
        .unwrap_or_default()
        .chars()
        .skip(col.saturating_sub(1))
        .collect();
    let word: String = at
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '!')
        .collect();
    let assertion = [
        "assert",
        "debug_assert",
        "panic!",
        "unreachable!",
        "unimplemented!",
        "expect",
        "unwrap",
    ]
    .iter()
    .any(|a| word.starts_with(a));
    if assertion || helpers(tests).contains(&word) {
        return None;
    }
    let call: String = at.trim().chars().take(60).collect();
    Some(format!(
        "{}, in a call the tests make (`{call}`), not in an assertion",
        said(p)
    ))
}

/// The names of the functions defined in the tests' files.
fn helpers(tests: &Path) -> Vec<String> {
    let mut names = Vec::new();
    for file in state::files(tests) {
        let text = std::fs::read_to_string(tests.join(file)).unwrap_or_default();
        for (i, _) in text.match_indices("fn ") {
            let name: String = text[i + 3..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                names.push(name);
            }
        }
    }
    names
}

/// Every starter, solution and mutant in the folders is named by the
/// manifest, and everything the manifest names is there.
pub fn layout_problems(manifest: &Manifest) -> Vec<String> {
    let root = &manifest.root;
    let mut problems = Vec::new();
    let named: Vec<&str> = manifest.exercises.iter().map(|e| e.path.as_str()).collect();
    for top in ["exercises", "solutions"] {
        for dir in crate_dirs(&root.join(top)) {
            let rel = dir.strip_prefix(root.join(top)).unwrap_or(&dir);
            let rel = rel.to_string_lossy().replace('\\', "/");
            if !named.contains(&rel.as_str()) {
                problems.push(format!(
                    "{top}/{rel} is a crate that no [[exercise]] in exercises/manifest.toml names"
                ));
            }
        }
    }
    let mutants_dir = root.join("mutants");
    let mut named_mutants = Vec::new();
    for e in &manifest.exercises {
        for (what, dir) in [
            ("starter", manifest.starter(e)),
            ("solution", manifest.solution(e)),
        ] {
            if !dir.join("Cargo.toml").is_file() {
                problems.push(format!(
                    "exercise `{}`: its {what} {} is missing (no Cargo.toml)",
                    e.id,
                    dir.strip_prefix(root).unwrap_or(&dir).display()
                ));
            }
        }
        for m in &e.mutant {
            let file = manifest.mutant(m);
            if !m.path.starts_with(&format!("{}/", e.path)) || m.path.matches('/').count() != 2 {
                problems.push(format!(
                    "exercise `{}`: its mutant path `{}` should be `{}/WHAT`",
                    e.id, m.path, e.path
                ));
            }
            if !file.is_file() {
                problems.push(format!(
                    "exercise `{}`: its mutant `{}` is missing: there is no {}",
                    e.id,
                    m.path,
                    file.strip_prefix(root).unwrap_or(&file).display()
                ));
            }
            named_mutants.push(file);
        }
    }
    let mut reported = Vec::new();
    for file in state::files(&mutants_dir) {
        let path = mutants_dir.join(&file);
        let shown = format!("mutants/{}", file.display());
        let parts: Vec<_> = file.components().collect();
        if parts.len() > 3 {
            // A folder where a patch should be: say so once, not per file.
            let folder: PathBuf = parts[..3].iter().collect();
            if !reported.contains(&folder) {
                problems.push(format!(
                    "mutants/{}/ is a folder: a mutant is one file, mutants/chNN-slug/ID/WHAT.patch (CONTRIBUTING.md)",
                    folder.display()
                ));
                reported.push(folder);
            }
        } else if file.extension() != Some(OsStr::new("patch")) || parts.len() != 3 {
            problems.push(format!(
                "{shown} is not a mutant: a mutant is mutants/chNN-slug/ID/WHAT.patch (CONTRIBUTING.md)"
            ));
        } else if !named_mutants.contains(&path) {
            problems.push(format!(
                "{shown} is a mutant that no [[exercise.mutant]] in exercises/manifest.toml names"
            ));
        }
    }
    problems
}

/// Folders two levels down (`chNN-slug/ID`) that hold a Cargo.toml.
fn crate_dirs(top: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(chapters) = std::fs::read_dir(top) else {
        return out;
    };
    for chapter in chapters.flatten().filter(|c| c.path().is_dir()) {
        let Ok(ids) = std::fs::read_dir(chapter.path()) else {
            continue;
        };
        for id in ids.flatten() {
            if id.path().join("Cargo.toml").is_file() {
                out.push(id.path());
            }
        }
    }
    out.sort();
    out
}

/// Builds a package's tests, then runs them with a time limit. `Ok(Err)`
/// says why the package could not be judged: a compile error or a hang.
pub fn test_package(
    root: &Path,
    package: &str,
) -> Result<Result<BTreeMap<String, Outcome>, String>, Failure> {
    test_with(root, &["-p", package], &[])
}

fn test_with(
    dir: &Path,
    select: &[&str],
    env: &[(&str, &OsStr)],
) -> Result<Result<BTreeMap<String, Outcome>, String>, Failure> {
    Ok(match exec::test_with(dir, select, env)? {
        exec::TestRun::DoesNotCompile(stderr) => {
            Err(format!("does not compile:\n{}", tail(&stderr, 40)))
        }
        exec::TestRun::Hung { limit, .. } => Err(format!(
            "its tests were still running after {}s and were killed: a test hangs",
            limit.as_secs()
        )),
        exec::TestRun::Ran {
            results, output, ..
        } if results.is_empty() => Err(format!("ran no test:\n{}", tail(&output, 20))),
        exec::TestRun::Ran { results, .. } => Ok(results),
    })
}

fn clippy(root: &Path, package: &str, allow: &[&str]) -> Result<(), String> {
    let mut args = vec![
        "clippy",
        "--quiet",
        "-p",
        package,
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ];
    args.extend_from_slice(allow);
    match proc::run(root, &proc::cargo(), &args, COMPILE_LIMIT) {
        Ok(out) if out.success => Ok(()),
        Ok(out) => Err(tail(&out.stderr, 40)),
        Err(e) => Err(format!("could not run cargo clippy: {e}")),
    }
}

pub fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}
