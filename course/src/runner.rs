//! The learner's commands: list, run, hint, watch, reset, solution.

use crate::Failure;
use crate::exec::{self, TestRun};
use crate::libtest::Outcome;
use crate::manifest::{Exercise, Manifest};
use crate::mutant;
use crate::shipped;
use crate::state::{self, Cache, State};
use std::fs;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The state of one exercise: unchanged starters are not run (CI proves they
/// fail); changed ones are tested, or read from the cache when their files
/// have not changed since the last run.
pub fn state_of(m: &Manifest, cache: &mut Cache, e: &Exercise) -> Result<State, Failure> {
    if state::is_pristine(&m.root, m, e) {
        return Ok(State::NotStarted);
    }
    if shipped::changes(m, e)?.is_some_and(|c| !c.is_empty()) {
        return Ok(State::TestsChanged);
    }
    let hash = state::hash_dir(&m.starter(e));
    if let Some(passing) = cache.get(&e.id, hash) {
        return Ok(if passing {
            State::Passing
        } else {
            State::Failing
        });
    }
    eprintln!("  (testing {} …)", e.id);
    let mut passing = passes(&exec::test(&m.root, &exercise_package(m, e)?)?, e);
    if passing && e.test_to_write.is_some() {
        passing =
            reads_the_code(m, e).is_none() && try_bugs(m, e)?.iter().all(|b| b.caught.is_ok());
    }
    cache.put(&e.id, hash, passing);
    Ok(if passing {
        State::Passing
    } else {
        State::Failing
    })
}

/// Every test ran and passed, and among them every test the manifest names
/// (unless the learner writes the tests: then their names are theirs).
fn passes(run: &TestRun, e: &Exercise) -> bool {
    matches!(run, TestRun::Ran { results, success: true, .. }
        if !results.is_empty()
            && results.values().all(|o| *o == Outcome::Passed)
            && (e.test_to_write.is_some()
                || e.failing.iter().all(|name| results.get(name) == Some(&Outcome::Passed))))
}

/// One bug (a mutant of the exercise) tried against the learner's tests.
struct Bug<'e> {
    name: &'e str,
    why: &'e str,
    /// `Ok`: the learner's tests that failed with it. `Err`: why it slipped
    /// past them.
    caught: Result<Vec<String>, String>,
}

/// For an exercise whose learner writes a test: each bug, applied to a
/// scratch copy of the learner's crate (their test file included, `src/`
/// patched), and whether one of their tests failed with it. One run each.
/// The learner's folder is never touched.
fn try_bugs<'e>(m: &Manifest, e: &'e Exercise) -> Result<Vec<Bug<'e>>, Failure> {
    let target = mutant::target_dir(&m.root);
    let env = [("CARGO_TARGET_DIR", target.as_os_str())];
    let mut out = Vec::new();
    for bug in &e.mutant {
        let dir = mutant::scratch_of_starter(m, e, bug).map_err(|why| {
            Failure(format!(
                "cannot try the bug `{}` of {}: {why}",
                mutant::short_name(bug),
                e.id
            ))
        })?;
        let cargo_toml = dir.join("Cargo.toml");
        let select = [
            "--offline",
            "--manifest-path",
            cargo_toml.to_str().unwrap_or_default(),
        ];
        let caught = match exec::test_with(&dir, &select, &env)? {
            TestRun::DoesNotCompile(stderr) => Err(format!(
                "with it, your tests do not compile:\n{}",
                crate::verify::tail(&stderr, 20)
            )),
            TestRun::Hung { limit, .. } => Err(format!(
                "with it, a test of yours was still running after {} s and was stopped: \
                 a test that hangs catches nothing (put the call under a `timeout`)",
                limit.as_secs()
            )),
            TestRun::Ran { results, .. } if results.is_empty() => {
                Err("with it, no test of yours ran".into())
            }
            TestRun::Ran { results, .. } => {
                let failed: Vec<String> = results
                    .iter()
                    .filter(|(_, o)| matches!(o, Outcome::Failed(_)))
                    .map(|(n, _)| n.clone())
                    .collect();
                if failed.is_empty() {
                    Err("every test of yours passes with it".into())
                } else {
                    Ok(failed)
                }
            }
        };
        out.push(Bug {
            name: mutant::short_name(bug),
            why: &bug.why,
            caught,
        });
    }
    Ok(out)
}

/// What in the learner's test file reads the code's text instead of
/// calling it (such a test "catches" any change at all); `None` if nothing.
/// A plain look for the usual ways, not a proof.
fn reads_the_code(m: &Manifest, e: &Exercise) -> Option<&'static str> {
    let mine = e.test_to_write.as_ref()?;
    let text = fs::read_to_string(m.starter(e).join(mine)).unwrap_or_default();
    [
        "include_str!",
        "include_bytes!",
        "CARGO_MANIFEST_DIR",
        "lib.rs",
        "src/",
    ]
    .into_iter()
    .find(|what| text.contains(what))
}

/// Prints each bug's fate; true when every one was caught.
fn print_bugs(bugs: &[Bug]) -> bool {
    for b in bugs {
        match &b.caught {
            Ok(tests) => println!(
                "  ✓ bug `{}`: caught (failed: {})",
                b.name,
                tests
                    .iter()
                    .map(|t| format!("`{t}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Err(how) => println!(
                "  ✗ bug `{}`: slips past your tests: {} ({})",
                b.name,
                b.why,
                how.replace('\n', "\n      ")
            ),
        }
    }
    bugs.iter().all(|b| b.caught.is_ok())
}

/// The tests named in the manifest that did not run at all.
fn missing_tests<'e>(
    results: &std::collections::BTreeMap<String, Outcome>,
    e: &'e Exercise,
) -> Vec<&'e str> {
    e.failing
        .iter()
        .filter(|_| e.test_to_write.is_none())
        .filter(|name| !results.contains_key(*name))
        .map(String::as_str)
        .collect()
}

fn exercise_package(m: &Manifest, e: &Exercise) -> Result<String, Failure> {
    let problems = m.problems_of(e);
    if !problems.is_empty() {
        return Err(Failure(format!(
            "the manifest entry for `{}` is broken:\n  - {}",
            e.id,
            problems.join("\n  - ")
        )));
    }
    crate::manifest::package_name(&m.starter(e))
}

pub fn list(root: &Path) -> Result<ExitCode, Failure> {
    let m = Manifest::load(root)?;
    if m.exercises.is_empty() {
        return Err(Failure("the manifest lists no exercises".into()));
    }
    let mut cache = Cache::load(root);
    let mut rows = Vec::new();
    let mut broken = Vec::new();
    for e in &m.exercises {
        match state_of(&m, &mut cache, e) {
            Ok(s) => rows.push((e, s)),
            Err(Failure(why)) => broken.push(why),
        }
    }
    let done = rows.iter().filter(|(_, s)| *s == State::Passing).count();
    let mut chapter = 0;
    for (e, s) in &rows {
        if e.chapter != chapter {
            chapter = e.chapter;
            println!("Chapter {chapter}");
        }
        println!("  {} {:<24} {:<22} {}", s.mark(), e.id, s.label(), e.title);
    }
    println!(
        "\n{} {done}/{} exercises pass",
        bar(done, rows.len()),
        rows.len()
    );
    match rows.iter().find(|(_, s)| *s != State::Passing) {
        Some((e, _)) => println!("Next: cargo course run {}", e.id),
        None => println!("Every exercise passes. Well done!"),
    }
    if !broken.is_empty() {
        return Err(Failure(broken.join("\n")));
    }
    Ok(ExitCode::SUCCESS)
}

fn bar(done: usize, total: usize) -> String {
    let width = 30;
    let filled = (done * width).checked_div(total).unwrap_or(0);
    format!("[{}{}]", "#".repeat(filled), "-".repeat(width - filled))
}

/// The exercise named, or the first that does not pass.
fn pick<'m>(
    m: &'m Manifest,
    cache: &mut Cache,
    id: Option<&String>,
) -> Result<Option<&'m Exercise>, Failure> {
    if let Some(id) = id {
        return Ok(Some(m.find(id)?));
    }
    for e in &m.exercises {
        if state_of(m, cache, e)? != State::Passing {
            return Ok(Some(e));
        }
    }
    Ok(None)
}

pub fn run(root: &Path, args: &[String]) -> Result<ExitCode, Failure> {
    if args.len() > 1 {
        return Err(Failure("usage: cargo course run [ID]".into()));
    }
    let m = Manifest::load(root)?;
    let mut cache = Cache::load(root);
    let Some(e) = pick(&m, &mut cache, args.first())? else {
        println!("Every exercise passes. Well done!");
        return Ok(ExitCode::SUCCESS);
    };
    let passed = run_one(&m, &mut cache, e)?;
    Ok(if passed {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Runs one exercise's tests, prints what they said and the next step.
fn run_one(m: &Manifest, cache: &mut Cache, e: &Exercise) -> Result<bool, Failure> {
    let package = exercise_package(m, e)?;
    let starter = m.starter(e);
    let rel = starter
        .strip_prefix(&m.root)
        .unwrap_or(&starter)
        .display()
        .to_string();
    println!("── {} · chapter {}: {} ──", e.id, e.chapter, e.title);
    if let Some(changes) = shipped::changes(m, e)?
        && !changes.is_empty()
    {
        match &e.test_to_write {
            Some(mine) => println!(
                "\n! {}: only {mine} is yours to write; the code under test and the other \
                 files are not as shipped, so passing would prove nothing. Nothing was run. \
                 Not as shipped:",
                e.id
            ),
            None => println!(
                "\n! {}: its tests (or code its README says not to edit) are not as shipped, \
                 so passing them would prove nothing. They were not run. Not as shipped:",
                e.id
            ),
        }
        for c in &changes {
            match c {
                shipped::Change::File(..) => println!("    {rel}/{c}"),
                shipped::Change::Item(..) => println!("    {c}, in {rel}"),
            }
        }
        println!(
            "Put them back, keeping your own code: cargo course reset --tests {}",
            e.id
        );
        return Ok(false);
    }
    let hash = state::hash_dir(&starter);
    let run = exec::test(&m.root, &package)?;
    let passed = passes(&run, e);
    if let (Some(_), TestRun::Ran { output, .. }) = (&e.test_to_write, &run)
        && passed
    {
        // The learner's tests pass on the code; now each bug must make one fail.
        let edit = edit_hint(e, &starter, &rel);
        println!("{}", output.trim_end());
        if let Some(what) = reads_the_code(m, e) {
            cache.put(&e.id, hash, false);
            println!(
                "\n✗ {}: your tests read the code's source (`{what}` in {edit}). A test \
                 that compares the text catches any change, right or wrong, and proves \
                 nothing about what the code does: call it and check what it does.",
                e.id
            );
            return Ok(false);
        }
        println!("\nYour tests pass on the code as shipped. Now each bug, one at a time:");
        let bugs = try_bugs(m, e)?;
        let all = print_bugs(&bugs);
        cache.put(&e.id, hash, all);
        if all {
            println!(
                "\n✓ {} passes! Your tests pass on the code and catch all {} bugs.",
                e.id,
                bugs.len()
            );
            print_next(m, cache)?;
        } else {
            let slipped = bugs.iter().filter(|b| b.caught.is_err()).count();
            println!(
                "\n✗ {}: {slipped} of {} bugs slip past your tests, so it does not pass. \
                 Add a check that fails with them, in {edit}. Stuck? `cargo course hint {}`.",
                e.id,
                bugs.len(),
                e.id
            );
        }
        return Ok(all);
    }
    cache.put(&e.id, hash, passed);
    let edit = edit_hint(e, &starter, &rel);
    let help = format!(
        "Stuck? `cargo course hint {}`, or reread src/{} in the book.",
        e.id, e.book
    );
    match &run {
        TestRun::DoesNotCompile(stderr) => {
            println!("{}", stderr.trim_end());
            println!(
                "\n✗ {} does not compile yet. Fix the first error above, in {edit}. {help}",
                e.id
            );
        }
        TestRun::Hung { limit, output } => {
            println!("{}", output.trim_end());
            println!(
                "\n✗ {}: a test was still running after {} s, so it was stopped: it hangs. \
                 Look for an .await that can never finish — a future that is never woken, \
                 a channel whose senders are never dropped, a lock that is never released. {help}",
                e.id,
                limit.as_secs()
            );
        }
        TestRun::Ran {
            results,
            output,
            warnings,
            ..
        } => {
            // Warnings first, where they are read, not between the results
            // and the verdict.
            if !warnings.is_empty() {
                println!("{warnings}");
                println!(
                    "(The compiler's warnings, above: they often point at the bug. The tests follow.)\n"
                );
            }
            println!("{}", output.trim_end());
            let failing = results.values().filter(|o| **o != Outcome::Passed).count();
            let missing = missing_tests(results, e);
            if passed {
                println!("\n✓ {} passes! ({} tests)", e.id, results.len());
                print_next(m, cache)?;
            } else if !results.is_empty() && !missing.is_empty() {
                println!(
                    "\n✗ {}: the test(s) {} did not run, so it does not pass. \
                     `cargo course reset --tests {}` puts the tests back (keeping your code).",
                    e.id,
                    missing
                        .iter()
                        .map(|n| format!("`{n}`"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    e.id
                );
            } else if results.is_empty() {
                println!(
                    "\n✗ {}: no test ran. Did a test file get deleted? `cargo course reset {}` restores the starter (keeping a copy of yours).",
                    e.id, e.id
                );
            } else if e.test_to_write.is_some() {
                println!(
                    "\n✗ {}: {failing} of {} tests fail on the code as shipped. That code is \
                     right: your tests must pass on it before the bugs are tried. Edit {edit}. {help}",
                    e.id,
                    results.len()
                );
            } else {
                println!(
                    "\n✗ {}: {failing} of {} tests fail. Read the messages above, then edit {edit}. {help}",
                    e.id,
                    results.len()
                );
            }
        }
    }
    Ok(passed)
}

/// "Next" means one thing everywhere (run, watch, list): the first
/// exercise, in course order, that does not pass yet.
fn print_next(m: &Manifest, cache: &mut Cache) -> Result<(), Failure> {
    match pick(m, cache, None)? {
        Some(n) => println!(
            "Next: cargo course run {}  (chapter {}: {})",
            n.id, n.chapter, n.title
        ),
        None => println!("Every exercise passes. Well done!"),
    }
    Ok(())
}

fn edit_hint(e: &Exercise, starter: &Path, rel: &str) -> String {
    if let Some(mine) = &e.test_to_write {
        return format!("{rel}/{mine} (its README.md says what to test)");
    }
    if starter.join("src").join("lib.rs").exists() {
        format!("{rel}/src/lib.rs (its README.md says what to change)")
    } else {
        format!("{rel}/src (its README.md says what to change)")
    }
}

/// The exercise named, or with no ID the one the learner is on (the first
/// that does not pass, as `run` picks it).
fn current<'m>(
    m: &'m Manifest,
    id: Option<&String>,
    command: &str,
) -> Result<&'m Exercise, Failure> {
    let mut cache = Cache::load(&m.root);
    match pick(m, &mut cache, id)? {
        Some(e) => Ok(e),
        None => Err(Failure(format!(
            "every exercise passes, so there is no current one: name it, `cargo course {command} ID`"
        ))),
    }
}

pub fn hint(root: &Path, args: &[String]) -> Result<ExitCode, Failure> {
    if args.len() > 1 {
        return Err(Failure("usage: cargo course hint [ID]".into()));
    }
    let m = Manifest::load(root)?;
    let e = current(&m, args.first(), "hint")?;
    let id = &e.id;
    if e.hints.is_empty() {
        return Err(Failure(format!("`{id}` has no hints in the manifest")));
    }
    let path = state::dot_course(root).join("hints");
    let mut seen: Vec<(String, usize)> = fs::read_to_string(&path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let (id, n) = l.split_once(' ')?;
            Some((id.to_owned(), n.parse().ok()?))
        })
        .collect();
    let given = seen.iter().find(|(i, _)| i == id).map_or(0, |(_, n)| *n);
    let index = given.min(e.hints.len() - 1);
    println!(
        "Hint {} of {} for {}:\n\n  {}\n",
        index + 1,
        e.hints.len(),
        id,
        e.hints[index]
    );
    if index + 1 == e.hints.len() {
        println!(
            "That is the last hint. If you are still stuck, reread src/{} or look at the \
             solution: cargo course solution {id}",
            e.book
        );
    } else {
        println!("Ask again for a more specific one: cargo course hint {id}");
    }
    seen.retain(|(i, _)| i != id);
    seen.push((id.clone(), index + 1));
    let _ = fs::create_dir_all(state::dot_course(root));
    let text: String = seen.iter().map(|(i, n)| format!("{i} {n}\n")).collect();
    fs::write(&path, text)?;
    Ok(ExitCode::SUCCESS)
}

pub fn reset(root: &Path, args: &[String]) -> Result<ExitCode, Failure> {
    let tests_only = args.iter().any(|a| a == "--tests");
    let ids: Vec<&String> = args.iter().filter(|a| *a != "--tests").collect();
    let [id] = ids[..] else {
        return Err(Failure(
            "usage: cargo course reset ID            (the whole starter back)\n       \
             cargo course reset --tests ID    (only the tests, and the code its README says not to edit)"
                .into(),
        ));
    };
    if let Some(flag) = ids.iter().find(|a| a.starts_with('-')) {
        return Err(Failure(format!(
            "`cargo course reset` has no option `{flag}`"
        )));
    }
    let m = Manifest::load(root)?;
    let e = m.find(id)?;
    let dir = m.starter(e);
    let shipped = state::pristine(root, e)?;
    if state::is_pristine(root, &m, e) {
        println!("{id} is already as shipped: nothing to reset.");
        return Ok(ExitCode::SUCCESS);
    }
    if tests_only && shipped::changes(&m, e)?.is_none_or(|c| c.is_empty()) {
        println!("{id}'s tests are already as shipped: nothing to reset.");
        return Ok(ExitCode::SUCCESS);
    }
    // 1. Copy every file of the learner's, first. Nothing is deleted before
    //    its copy is on disk.
    let backup = backup_dir(root, id);
    for file in state::files(&dir) {
        let to = backup.join(&file);
        fs::create_dir_all(to.parent().unwrap())?;
        fs::copy(dir.join(&file), &to).map_err(|e| {
            Failure(format!(
                "could not back up {}: {e}; nothing was changed",
                file.display()
            ))
        })?;
    }
    let kept = backup.strip_prefix(root).unwrap_or(&backup).display();
    if tests_only {
        let put_back = shipped::restore(&m, e)?;
        println!("{id}: put back as shipped, your own code untouched:");
        for c in &put_back {
            println!("    {c}");
        }
        println!("A copy of the folder as it was is kept in {kept}");
        return Ok(ExitCode::SUCCESS);
    }
    // 2. Put the starter back, and remove what the learner added.
    for (file, content) in &shipped {
        let to = dir.join(file);
        fs::create_dir_all(to.parent().unwrap())?;
        fs::write(&to, content)?;
    }
    for file in state::files(&dir) {
        if !shipped.contains_key(&file) {
            fs::remove_file(dir.join(&file))?;
        }
    }
    println!("{id} is back as shipped. Your files are kept in {kept}");
    Ok(ExitCode::SUCCESS)
}

fn backup_dir(root: &Path, id: &str) -> PathBuf {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let base = state::dot_course(root).join("backups");
    let mut n = 0;
    loop {
        let name = if n == 0 {
            format!("{id}-{secs}")
        } else {
            format!("{id}-{secs}-{n}")
        };
        let dir = base.join(name);
        if !dir.exists() {
            return dir;
        }
        n += 1;
    }
}

pub fn solution(root: &Path, args: &[String]) -> Result<ExitCode, Failure> {
    let yes = args.iter().any(|a| a == "--yes" || a == "-y");
    let ids: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    if ids.len() > 1 {
        return Err(Failure("usage: cargo course solution [ID] [--yes]".into()));
    }
    let m = Manifest::load(root)?;
    let e = current(&m, ids.first().copied(), "solution")?;
    let id = &e.id;
    let mut cache = Cache::load(root);
    if !yes && state_of(&m, &mut cache, e)? != State::Passing {
        let question = format!(
            "{id} does not pass yet. Reading the solution now takes away the exercise. Show it anyway? [y/N] "
        );
        if !std::io::stdin().is_terminal() {
            return Err(Failure(format!(
                "{id} does not pass yet; to see its solution anyway, run `cargo course solution {id} --yes`"
            )));
        }
        print!("{question}");
        std::io::stdout().flush()?;
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        if !matches!(answer.trim(), "y" | "Y" | "yes") {
            println!("Not shown. `cargo course hint {id}` gives a hint instead.");
            return Ok(ExitCode::SUCCESS);
        }
    }
    let dir = m.solution(e);
    for file in state::files(&dir) {
        let shown = match &e.test_to_write {
            Some(mine) => file == Path::new(mine),
            None => file.starts_with("src"),
        };
        if shown {
            println!("── solutions/{}/{} ──", e.path, file.display());
            println!("{}", fs::read_to_string(dir.join(&file))?);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Reruns the current exercise on every save, and moves on when it passes.
pub fn watch(root: &Path, args: &[String]) -> Result<ExitCode, Failure> {
    if args.len() > 1 {
        return Err(Failure("usage: cargo course watch [ID]".into()));
    }
    let m = Manifest::load(root)?;
    let mut cache = Cache::load(root);
    let Some(mut current) = pick(&m, &mut cache, args.first())? else {
        println!("Every exercise passes. Well done!");
        return Ok(ExitCode::SUCCESS);
    };
    let keys = keys();
    println!(
        "Watching for saves (checking the files every half second, so it works on every \
         file system). Type a letter and Enter: n = skip to the next exercise, h = hint, \
         r = run again, l = list, q = quit."
    );
    // The snapshot is taken before each run, so a save made while the tests
    // run is not missed.
    let mut seen = state::hash_dir(&m.starter(current));
    run_one(&m, &mut cache, current)?;
    loop {
        match keys.recv_timeout(Duration::from_millis(500)) {
            Ok(Key::Quit) => return Ok(ExitCode::SUCCESS),
            Ok(Key::Hint) => {
                hint(root, std::slice::from_ref(&current.id))?;
            }
            Ok(Key::List) => {
                list(root)?;
            }
            Ok(Key::Rerun) => {
                seen = state::hash_dir(&m.starter(current));
                run_one(&m, &mut cache, current)?;
            }
            Ok(Key::Next) => {
                let next = m.exercises.iter().skip_while(|x| x.id != current.id).nth(1);
                match next {
                    Some(n) => {
                        current = n;
                        seen = state::hash_dir(&m.starter(current));
                        run_one(&m, &mut cache, current)?;
                    }
                    None => println!("{} is the last exercise.", current.id),
                }
            }
            Ok(Key::Unknown(k)) => println!("`{k}`? Type n, h, r, l or q, then Enter."),
            Err(_) => {}
        }
        let now = state::hash_dir(&m.starter(current));
        if now == seen {
            continue;
        }
        // Debounce: editors save in several steps; wait until the files settle.
        let mut settled = now;
        loop {
            std::thread::sleep(Duration::from_millis(300));
            let again = state::hash_dir(&m.starter(current));
            if again == settled {
                break;
            }
            settled = again;
        }
        seen = settled;
        println!("\n(change saved; running {} again)", current.id);
        if run_one(&m, &mut cache, current)? {
            // The same exercise as run_one's "Next:" line named.
            let Some(next) = pick(&m, &mut cache, None)? else {
                return Ok(ExitCode::SUCCESS);
            };
            current = next;
            seen = state::hash_dir(&m.starter(current));
            println!(
                "\nMoving on to {}: read exercises/{}/README.md",
                current.id, current.path
            );
            run_one(&m, &mut cache, current)?;
        }
    }
}

enum Key {
    Next,
    Hint,
    Rerun,
    List,
    Quit,
    Unknown(String),
}

/// Lines typed on stdin, as keys. When stdin closes (no terminal), keys stop
/// coming and watching goes on.
fn keys() -> mpsc::Receiver<Key> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            let key = match line.trim() {
                "n" => Key::Next,
                "h" => Key::Hint,
                "r" | "" => Key::Rerun,
                "l" => Key::List,
                "q" => Key::Quit,
                other => Key::Unknown(other.to_owned()),
            };
            if tx.send(key).is_err() {
                break;
            }
        }
    });
    rx
}
