//! `cargo course verify`: proves, for every exercise in the manifest, that
//!
//! 1. the starter compiles, and the tests named in `failing` fail on its
//!    `todo!()` (not on a compile error, not by hanging) while any other test
//!    passes;
//! 2. every mutant (a plausible wrong answer) compiles and is rejected by the
//!    tests it names, on an assertion in the test file;
//! 3. the solution passes every test, and is clippy-clean with `-D warnings`;
//! 4. the starter is clippy-clean but for the unused code its `todo!()`s leave.

use crate::Failure;
use crate::exec;
use crate::libtest::Outcome;
use crate::manifest::{Exercise, Manifest, package_name};
use crate::proc;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use crate::exec::COMPILE_LIMIT;

pub fn run(root: &Path, ids: &[String]) -> Result<ExitCode, Failure> {
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
    for exercise in chosen {
        println!(
            "verify {} (chapter {}: {})",
            exercise.id, exercise.chapter, exercise.title
        );
        let problems = verify_one(&manifest, exercise)?;
        if problems.is_empty() {
            passed += 1;
            println!("  ok");
        } else {
            failed += 1;
            for p in &problems {
                println!("  PROBLEM: {}", p.replace('\n', "\n    "));
            }
        }
    }
    println!(
        "\nverify: {passed} passed, {failed} failed ({:.0?})",
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
    match test_package(root, &starter)? {
        Err(why) => problems.push(format!("starter {starter}: {why}")),
        Ok(results) => {
            for name in &e.failing {
                match results.get(name) {
                    None => problems.push(format!("starter {starter}: has no test `{name}`")),
                    Some(Outcome::Failed(p)) if p.is_todo() => {}
                    Some(Outcome::Failed(p)) => problems.push(format!(
                        "starter {starter}: `{name}` fails, but not on a todo!(): panicked at {} with `{}`",
                        p.location, p.message
                    )),
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
            println!("  starter fails as intended: {}", e.failing.join(", "));
        }
    }

    // 2. Each mutant is caught.
    for m in &e.mutant {
        let pkg = package_name(&manifest.mutant(m))?;
        match test_package(root, &pkg)? {
            Err(why) => problems.push(format!("mutant {pkg}: {why}")),
            Ok(results) => {
                for name in &m.failing {
                    match results.get(name) {
                        Some(Outcome::Failed(p)) if p.is_in_tests() && !p.is_todo() => {}
                        Some(Outcome::Failed(p)) => problems.push(format!(
                            "mutant {pkg}: `{name}` fails, but not on an assertion in the tests: \
                             panicked at {} with `{}`",
                            p.location, p.message
                        )),
                        None => problems.push(format!("mutant {pkg}: has no test `{name}`")),
                        Some(other) => problems.push(format!(
                            "mutant {pkg} ({}) is not caught: `{name}` is {other:?}",
                            m.why
                        )),
                    }
                }
                println!("  mutant rejected ({}): {}", m.why, m.failing.join(", "));
            }
        }
    }

    // 3. The solution passes, and is clippy-clean.
    let solution = package_name(&manifest.solution(e))?;
    match test_package(root, &solution)? {
        Err(why) => problems.push(format!("solution {solution}: {why}")),
        Ok(results) => {
            for name in &e.failing {
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
            println!("  solution passes {} tests", results.len());
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

/// Builds a package's tests, then runs them with a time limit. `Ok(Err)`
/// says why the package could not be judged: a compile error or a hang.
pub fn test_package(
    root: &Path,
    package: &str,
) -> Result<Result<BTreeMap<String, Outcome>, String>, Failure> {
    Ok(match exec::test(root, package)? {
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
