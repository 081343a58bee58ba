//! Drives the `course` binary on a small fixture course (tests/fixture: an
//! exercise that fails on a todo!, one whose test hangs) and checks what it
//! prints and exits with. Each test works on its own copy of the fixture.

mod common;

use common::Course;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

#[test]
fn list_shows_every_exercise_failing_on_a_fresh_course() {
    let c = Course::new();
    let (code, out) = c.run(&["list"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("✗ adder") && out.contains("✗ sleeper"),
        "{out}"
    );
    assert_eq!(out.matches("failing (not started)").count(), 2, "{out}");
    assert!(out.contains("0/2 exercises pass"), "{out}");
    assert!(out.contains("Next: cargo course run adder"), "{out}");
}

#[test]
fn a_solved_exercise_shows_as_passing_and_run_names_the_next() {
    let c = Course::new();
    c.solve("adder");
    let (code, out) = c.run(&["list"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("✓ adder") && out.contains("passing"), "{out}");
    assert!(out.contains("1/2 exercises pass"), "{out}");
    let (code, out) = c.run(&["run", "adder"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("✓ adder passes! (2 tests)"), "{out}");
    assert!(out.contains("Next: cargo course run sleeper"), "{out}");
}

#[test]
fn run_without_an_id_runs_the_first_that_does_not_pass() {
    let c = Course::new();
    let (code, out) = c.run(&["run"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("── adder"), "{out}");
    assert!(
        out.contains("not yet implemented: add 2 and 3"),
        "the test's own message is shown:\n{out}"
    );
    assert!(out.contains("2 of 2 tests fail"), "{out}");
    assert!(
        out.contains("exercises/ch01-fixture/adder/src/lib.rs"),
        "says which file to edit:\n{out}"
    );
    assert!(out.contains("cargo course hint adder"), "{out}");
    assert!(
        out.contains("src/ch01-fixture/exercises.md"),
        "names the book page:\n{out}"
    );
}

#[test]
fn a_compile_error_is_shown_with_what_to_do() {
    let c = Course::new();
    std::fs::write(
        c.path("exercises/ch01-fixture/adder/src/lib.rs"),
        "pub fn add(a: u32) -> u32 { a + }\n\npub const LIMIT: u32 = 100;\n",
    )
    .unwrap();
    let (code, out) = c.run(&["run", "adder"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("error"),
        "the compiler's message is shown:\n{out}"
    );
    assert!(out.contains("adder does not compile yet"), "{out}");
}

#[test]
fn a_hanging_test_is_killed_at_the_limit_with_a_clear_message() {
    let c = Course::new();
    let started = Instant::now();
    let out = c
        .command(&["run", "sleeper"])
        .env("COURSE_TEST_TIMEOUT", "1")
        .output()
        .unwrap();
    let code = out.status.code().unwrap_or(-1);
    let out = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("still running after 1 s"), "{out}");
    assert!(out.contains("it hangs"), "{out}");
    assert!(
        started.elapsed() < Duration::from_secs(120),
        "the runner waited {:?}",
        started.elapsed()
    );
}

#[test]
fn hints_go_from_gentle_to_specific_and_stop_at_the_last() {
    let c = Course::new();
    let (_, first) = c.run(&["hint", "adder"]);
    let (_, second) = c.run(&["hint", "adder"]);
    let (_, third) = c.run(&["hint", "adder"]);
    let (code, again) = c.run(&["hint", "adder"]);
    assert_eq!(code, 0);
    assert!(
        first.contains("Hint 1 of 3") && first.contains("first hint"),
        "{first}"
    );
    assert!(
        second.contains("Hint 2 of 3") && second.contains("second hint"),
        "{second}"
    );
    assert!(
        third.contains("Hint 3 of 3") && third.contains("cargo course solution adder"),
        "{third}"
    );
    assert!(again.contains("Hint 3 of 3"), "{again}");
}

#[test]
fn reset_keeps_a_copy_of_the_learners_work() {
    let c = Course::new();
    let lib = c.path("exercises/ch01-fixture/adder/src/lib.rs");
    let shipped = std::fs::read_to_string(&lib).unwrap();
    std::fs::write(&lib, "// my work in progress\n").unwrap();
    std::fs::write(
        c.path("exercises/ch01-fixture/adder/src/notes.rs"),
        "// my notes\n",
    )
    .unwrap();
    let (code, out) = c.run(&["reset", "adder"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        std::fs::read_to_string(&lib).unwrap(),
        shipped,
        "the starter is back"
    );
    assert!(!c.path("exercises/ch01-fixture/adder/src/notes.rs").exists());
    let backup = out
        .split("kept in ")
        .nth(1)
        .expect("names the backup folder")
        .trim();
    let backup = c.root.join(backup);
    assert_eq!(
        std::fs::read_to_string(backup.join("src/lib.rs")).unwrap(),
        "// my work in progress\n"
    );
    assert_eq!(
        std::fs::read_to_string(backup.join("src/notes.rs")).unwrap(),
        "// my notes\n"
    );
    let (code, out) = c.run(&["reset", "adder"]);
    assert_eq!(code, 0);
    assert!(out.contains("already as shipped"), "{out}");
    let (_, out) = c.run(&["list"]);
    assert!(out.contains("0/2 exercises pass"), "{out}");
}

#[test]
fn reset_works_from_git_in_a_clone() {
    let c = Course::new();
    std::fs::remove_dir_all(c.path(".course/pristine")).unwrap();
    let git = |args: &[&str]| {
        let ok = Command::new("git")
            .args(["-c", "user.name=test", "-c", "user.email=test@example.com"])
            .args(args)
            .current_dir(&c.root)
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        assert!(ok, "git {args:?} failed");
    };
    git(&["init", "-q"]);
    git(&["add", "-A"]);
    git(&["commit", "-qm", "course"]);
    let lib = c.path("exercises/ch01-fixture/adder/src/lib.rs");
    let shipped = std::fs::read_to_string(&lib).unwrap();
    c.solve("adder");
    let (_, out) = c.run(&["list"]);
    assert!(out.contains("✓ adder"), "{out}");
    // With no .course/pristine copy, the starter as shipped comes from git.
    let (code, out) = c.run(&["reset", "adder"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(std::fs::read_to_string(&lib).unwrap(), shipped);
}

#[test]
fn bad_input_gets_a_clear_message_and_a_nonzero_exit() {
    let c = Course::new();
    let (code, out) = c.run(&["run", "ader"]);
    assert_eq!(code, 2);
    assert!(
        out.contains("there is no exercise `ader`. Did you mean `adder`?"),
        "{out}"
    );
    let (code, out) = c.run(&["hint", "adder", "sleeper"]);
    assert_eq!(code, 2);
    assert!(out.contains("usage: cargo course hint [ID]"), "{out}");
    // Only a close name is suggested.
    let (code, out) = c.run(&["run", "nosuch"]);
    assert_eq!(code, 2);
    assert!(out.contains("there is no exercise `nosuch`."), "{out}");
    assert!(!out.contains("Did you mean"), "{out}");
    let (code, out) = c.run(&["frobnicate"]);
    assert_eq!(code, 2);
    assert!(out.contains("unknown command `frobnicate`"), "{out}");
}

#[test]
fn a_missing_or_broken_manifest_is_reported_not_a_panic() {
    let c = Course::new();
    let manifest = c.path("exercises/manifest.toml");
    let good = std::fs::read_to_string(&manifest).unwrap();

    std::fs::write(
        &manifest,
        good.replace("ch01-fixture/adder", "ch01-fixture/nowhere"),
    )
    .unwrap();
    let (code, out) = c.run(&["run", "adder"]);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("the manifest entry for `adder` is broken"),
        "{out}"
    );
    assert!(out.contains("nowhere"), "{out}");

    std::fs::write(&manifest, "[[exercise]]\nid = \"adder\"\n").unwrap();
    let (code, out) = c.run(&["list"]);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("is not valid") && out.contains("missing field"),
        "{out}"
    );

    std::fs::remove_file(&manifest).unwrap();
    let (code, out) = c.run(&["list"]);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("cannot read the exercise manifest"), "{out}");
}

#[test]
fn solution_asks_first_when_the_exercise_does_not_pass() {
    let c = Course::new();
    let (code, out) = c.run(&["solution", "adder"]);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("does not pass yet") && out.contains("--yes"),
        "{out}"
    );
    assert!(
        !out.contains("a + b"),
        "the solution must not be shown:\n{out}"
    );
    let (code, out) = c.run(&["solution", "adder", "--yes"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("a + b"), "{out}");
}

#[test]
fn watch_reruns_on_save_and_moves_on_when_it_passes() {
    let c = Course::new();
    // It moves on to `sleeper`, whose test hangs: stop that run quickly.
    let mut child = c
        .command(&["watch"])
        .env("COURSE_TEST_TIMEOUT", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap_or_default()).is_err() {
                break;
            }
        }
    });
    let wait_for = |needle: &str| {
        let deadline = Instant::now() + Duration::from_secs(120);
        let mut seen = String::new();
        while Instant::now() < deadline {
            if let Ok(line) = rx.recv_timeout(Duration::from_millis(200)) {
                seen.push_str(&line);
                seen.push('\n');
                if line.contains(needle) {
                    return seen;
                }
            }
        }
        panic!("watch never printed `{needle}`; it printed:\n{seen}");
    };
    wait_for("adder: 2 of 2 tests fail");
    // An editor's swap file is not a save.
    std::fs::write(c.path("exercises/ch01-fixture/adder/src/.lib.rs.swp"), "x").unwrap();
    c.solve("adder");
    let out = wait_for("Moving on to sleeper");
    assert!(out.contains("✓ adder passes!"), "{out}");
    child.stdin.as_mut().unwrap().write_all(b"q\n").unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success());
            break;
        }
        assert!(Instant::now() < deadline, "watch did not quit on `q`");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn gutted_tests_are_a_state_of_their_own_and_reset_tests_keeps_the_code() {
    let c = Course::new();
    let lib = "exercises/ch01-fixture/adder/src/lib.rs";
    let check = "exercises/ch01-fixture/adder/tests/check.rs";
    let shipped_tests = c.read(check);
    // The learner's own (wrong) code, and tests gutted so that it "passes".
    let mine = c.read(lib).replace("todo!(\"add {a} and {b}\")", "a * b");
    c.write(lib, &mine);
    c.write(check, "#[test]\nfn fine() {}\n");
    let (code, out) = c.run(&["run", "adder"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "adder: its tests (or code its README says not to edit) are not as shipped, \
             so passing them would prove nothing"
        ),
        "{out}"
    );
    assert!(
        out.contains("exercises/ch01-fixture/adder/tests/check.rs (changed)"),
        "{out}"
    );
    assert!(out.contains("cargo course reset --tests adder"), "{out}");
    assert!(!out.contains("passes"), "{out}");
    let (_, out) = c.run(&["list"]);
    assert!(
        out.contains("! adder") && out.contains("tests changed"),
        "{out}"
    );
    assert!(out.contains("0/2 exercises pass"), "{out}");
    assert!(out.contains("Next: cargo course run adder"), "{out}");

    // An added test file and code the README says not to edit count too.
    c.write(
        "exercises/ch01-fixture/adder/tests/mine.rs",
        "#[test]\nfn adds() {}\n",
    );
    c.write(lib, &mine.replace("LIMIT: u32 = 100", "LIMIT: u32 = 5"));
    let (_, out) = c.run(&["run", "adder"]);
    assert!(out.contains("tests/mine.rs (added)"), "{out}");
    assert!(
        out.contains("`LIMIT` in src/lib.rs (its README says: do not edit)"),
        "{out}"
    );

    let (code, out) = c.run(&["reset", "--tests", "adder"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(c.read(check), shipped_tests);
    assert!(
        !c.path("exercises/ch01-fixture/adder/tests/mine.rs")
            .exists()
    );
    assert_eq!(
        c.read(lib),
        mine,
        "the learner's code is kept, LIMIT put back"
    );
    let backup = out
        .split("kept in ")
        .nth(1)
        .expect("names the backup")
        .trim();
    assert_eq!(
        std::fs::read_to_string(c.root.join(backup).join("tests/check.rs")).unwrap(),
        "#[test]\nfn fine() {}\n"
    );
    // Back to an honest failure: a * b is wrong.
    let (code, out) = c.run(&["run", "adder"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("2 of 2 tests fail"), "{out}");
}

#[test]
fn a_pass_needs_every_test_the_manifest_names() {
    let c = Course::new();
    let manifest = c.read("exercises/manifest.toml");
    c.write(
        "exercises/manifest.toml",
        &manifest.replacen(
            "failing = [\"adds\", \"adds_zero\"]",
            "failing = [\"adds\", \"adds_zero\", \"adds_three\"]",
            1,
        ),
    );
    c.solve("adder");
    let (code, out) = c.run(&["run", "adder"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("the test(s) `adds_three` did not run"),
        "{out}"
    );
    assert!(!out.contains("adder passes"), "{out}");
}

#[test]
fn next_means_the_first_exercise_that_does_not_pass_everywhere() {
    let c = Course::new();
    // The second exercise solved first: after it, Next is the first.
    c.solve("sleeper");
    let (code, out) = c.run(&["run", "sleeper"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("✓ sleeper passes!"), "{out}");
    assert!(out.contains("Next: cargo course run adder"), "{out}");
    let (_, out) = c.run(&["list"]);
    assert!(out.contains("Next: cargo course run adder"), "{out}");
    // hint and solution with no ID work on that same exercise.
    let (code, out) = c.run(&["hint"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Hint 1 of 3 for adder"), "{out}");
    let (code, out) = c.run(&["solution", "--yes"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("solutions/ch01-fixture/adder/src/lib.rs"),
        "{out}"
    );
    c.solve("adder");
    let (code, out) = c.run(&["run", "adder"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Every exercise passes"), "{out}");
    let (code, out) = c.run(&["hint"]);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("every exercise passes, so there is no current one"),
        "{out}"
    );
}

#[test]
fn compiler_warnings_come_before_the_results() {
    let c = Course::new();
    c.solve("adder");
    let lib = "exercises/ch01-fixture/adder/src/lib.rs";
    c.write(
        lib,
        &c.read(lib)
            .replace("    a + b", "    let unused_here = 1;\n    a + b"),
    );
    let (code, out) = c.run(&["run", "adder"]);
    assert_eq!(code, 0, "{out}");
    let warning = out.find("unused variable: `unused_here`").expect(&out);
    let results = out.find("test result: ok").expect(&out);
    let verdict = out.find("✓ adder passes!").expect(&out);
    assert!(warning < results && results < verdict, "{out}");
    assert_eq!(
        out.matches("unused variable: `unused_here`").count(),
        1,
        "shown once:\n{out}"
    );
}

#[test]
fn a_test_to_write_passes_only_when_it_catches_every_bug() {
    let c = Course::new();
    c.add_spotter();
    let test = common::SPOTTER_TEST;

    // The stub, as shipped: it fails on its todo!().
    let (code, out) = c.run(&["run", "spotter"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("1 of 1 tests fail on the code as shipped"),
        "{out}"
    );
    assert!(
        out.contains("exercises/ch01-fixture/spotter/tests/caught.rs"),
        "says which file to edit:\n{out}"
    );
    assert!(!out.contains("passes!"), "{out}");

    // A test that passes on the code but catches no bug: 2 * 2 == 2 + 2 == 2 * 2.
    c.write(
        test,
        "#[test]\nfn doubles_two() {\n    assert_eq!(spotter::double(2), 4);\n}\n",
    );
    let (code, out) = c.run(&["run", "spotter"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("Your tests pass on the code as shipped"),
        "{out}"
    );
    assert!(
        out.contains(
            "✗ bug `plus-two`: slips past your tests: adds two instead of doubling \
             (every test of yours passes with it)"
        ),
        "{out}"
    );
    assert!(
        out.contains("✗ bug `squares`: slips past your tests: squares instead of doubling"),
        "{out}"
    );
    assert!(out.contains("2 of 2 bugs slip past your tests"), "{out}");
    assert!(!out.contains("passes!"), "{out}");
    let (_, out) = c.run(&["list"]);
    assert!(
        out.contains("✗ spotter") && !out.contains("✓ spotter"),
        "{out}"
    );

    // One caught, one not: still not passing.
    c.write(
        test,
        "#[test]\nfn doubles_zero() {\n    assert_eq!(spotter::double(0), 0);\n}\n",
    );
    let (code, out) = c.run(&["run", "spotter"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("✓ bug `plus-two`: caught (failed: `doubles_zero`)"),
        "{out}"
    );
    assert!(
        out.contains("✗ bug `squares`: slips past your tests"),
        "{out}"
    );
    assert!(out.contains("1 of 2 bugs slip past your tests"), "{out}");

    // A test that compares the code's text "catches" every bug: not a pass.
    c.write(
        test,
        "#[test]\nfn same_code() {\n    assert!(include_str!(\"../src/lib.rs\").contains(\"x * 2\"));\n}\n",
    );
    let (code, out) = c.run(&["run", "spotter"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("your tests read the code's source (`include_str!`"),
        "{out}"
    );
    assert!(!out.contains("passes!"), "{out}");

    // A test that catches both: it passes, and the starter's src and the
    // fixed solution are left as they were.
    c.write(
        test,
        "#[test]\nfn doubles_three() {\n    assert_eq!(spotter::double(3), 6);\n}\n",
    );
    let (code, out) = c.run(&["run", "spotter"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("✓ bug `plus-two`: caught"), "{out}");
    assert!(out.contains("✓ bug `squares`: caught"), "{out}");
    assert!(
        out.contains("✓ spotter passes! Your tests pass on the code and catch all 2 bugs."),
        "{out}"
    );
    assert_eq!(
        c.read("exercises/ch01-fixture/spotter/src/lib.rs"),
        c.read("solutions/ch01-fixture/spotter/src/lib.rs"),
        "the learner's code is never patched in place"
    );
    let (_, out) = c.run(&["list"]);
    assert!(out.contains("✓ spotter"), "{out}");

    // Their test file is theirs; the code under test is not.
    let lib = "exercises/ch01-fixture/spotter/src/lib.rs";
    c.write(lib, &c.read(lib).replace("x * 2", "x + x"));
    let (code, out) = c.run(&["run", "spotter"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("only tests/caught.rs is yours to write"),
        "{out}"
    );
    assert!(
        out.contains("exercises/ch01-fixture/spotter/src/lib.rs (changed)"),
        "{out}"
    );
    assert!(!out.contains("tests/caught.rs (changed)"), "{out}");
    let (code, out) = c.run(&["reset", "--tests", "spotter"]);
    assert_eq!(code, 0, "{out}");
    assert!(c.read(lib).contains("x * 2"), "the code is put back");
    assert!(
        c.read(test).contains("doubles_three"),
        "the learner's test is kept"
    );
}
