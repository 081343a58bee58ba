//! `cargo course verify` on the fixture course (tests/fixture): what it
//! accepts, and each way an exercise or a mutant can be wrong.

mod common;

use common::Course;

const MUTANT: &str = "mutants/ch01-fixture/adder/multiplies.patch";
const SOLUTION: &str = "solutions/ch01-fixture/adder/src/lib.rs";

/// A mutant of the fixture's adder: `add`'s body replaced by `body`.
fn mutant(why: &str, body: &str) -> String {
    format!(
        "{why}\n\n--- a/src/lib.rs\n+++ b/src/lib.rs\n@@ -1,4 +1,4 @@\n \
         /// Adds two numbers.\n pub fn add(a: u32, b: u32) -> u32 {{\n-    a + b\n{}\n }}\n",
        body.lines()
            .map(|l| format!("+{l}"))
            .collect::<Vec<_>>()
            .join("\n")
    )
}

/// A mutant of the fixture's adder: `add`'s body replaced by `body`, with
/// this hunk header (the line counts must match).
fn with_header(patch: String, header: &str) -> String {
    patch.replace("@@ -1,4 +1,4 @@", header)
}

#[test]
fn a_good_exercise_passes_and_its_mutant_is_rejected_three_times() {
    let c = Course::new();
    let solution = c.read(SOLUTION);
    let (code, out) = c.run(&["verify", "adder"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("starter fails as intended: adds, adds_zero"),
        "{out}"
    );
    assert!(
        out.contains(
            "mutant multiplies rejected in 3 of 3 runs (multiplies instead of adding): adds, adds_zero"
        ),
        "{out}"
    );
    assert!(out.contains("solution passes 2 tests"), "{out}");
    assert!(out.contains("verify: 1 passed, 0 failed"), "{out}");
    assert!(!out.contains("PROBLEM"), "{out}");
    assert_eq!(c.read(SOLUTION), solution, "the solution is left as it was");
}

#[test]
fn a_starter_that_passes_by_mistake_is_reported() {
    let c = Course::new();
    c.solve("adder");
    let (code, out) = c.run(&["verify", "adder"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("`adds` should fail as shipped, but it is Passed"),
        "{out}"
    );
    assert!(!out.contains("fails as intended"), "{out}");
    assert!(out.contains("verify: 0 passed, 1 failed"), "{out}");
}

#[test]
fn a_mutant_that_survives_is_reported_not_rejected() {
    let c = Course::new();
    c.write(
        MUTANT,
        &mutant("Adds the other way round (the same sum).", "    b + a"),
    );
    let (code, out) = c.run(&["verify", "adder"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "mutant multiplies (multiplies instead of adding) survives: not rejected in any of 3 runs"
        ),
        "{out}"
    );
    assert!(out.contains("run 1: `adds` passes"), "{out}");
    assert!(!out.contains("rejected in 3 of 3"), "{out}");
}

#[test]
fn a_panic_outside_the_tests_does_not_count_as_a_rejection() {
    let c = Course::new();
    c.write(
        MUTANT,
        &mutant(
            "Panics in the code, not in the tests.",
            "    panic!(\"boom\")",
        ),
    );
    let (code, out) = c.run(&["verify", "adder"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("`adds` fails, but not on an assertion of the tests: it panicked at")
            && out.contains("src/lib.rs:3:5 with `boom`"),
        "{out}"
    );
    assert!(!out.contains("rejected in 3 of 3"), "{out}");
}

#[test]
fn a_library_panic_reported_at_the_tests_line_does_not_count() {
    // Like tokio's `sleep` on a runtime with no timer: a #[track_caller]
    // function panics, and the location given is the test's call to it.
    let c = Course::new();
    let patch = "Panics in a #[track_caller] function.\n\n--- a/src/lib.rs\n+++ b/src/lib.rs\n\
         @@ -1,4 +1,5 @@\n /// Adds two numbers.\n+#[track_caller]\n pub fn add(a: u32, b: u32) -> u32 {\n\
         -    a + b\n+    panic!(\"timers are disabled {a} {b}\")\n }\n";
    c.write(MUTANT, patch);
    let (code, out) = c.run(&["verify", "adder"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("tests/check.rs:3:16 with `timers are disabled 2 3`, in a call the tests make (`adder::add(2, 3)"),
        "{out}"
    );
    assert!(!out.contains("rejected in 3 of 3"), "{out}");
}

#[test]
fn a_mutant_rejected_only_sometimes_is_a_weak_test() {
    let c = Course::new();
    // Right on odd runs, wrong on even ones: a counter in a file, read once
    // per test process.
    let body = "    static WRONG: std::sync::OnceLock<bool> = std::sync::OnceLock::new();\n    \
        let wrong = *WRONG.get_or_init(|| {\n        \
        let file = std::env::var(\"FIXTURE_COUNTER\").expect(\"set by the test\");\n        \
        let n: u32 = std::fs::read_to_string(&file).map_or(0, |s| s.trim().parse().unwrap()) + 1;\n        \
        std::fs::write(&file, n.to_string()).unwrap();\n        \
        n % 2 == 0\n    \
        });\n    \
        if wrong { a * b } else { a + b }";
    let patch = with_header(
        mutant("Right only every other run.", body),
        "@@ -1,4 +1,11 @@",
    );
    c.write(MUTANT, &patch);
    let counter = c.path("counter");
    let out = c
        .command(&["verify", "adder"])
        .env("FIXTURE_COUNTER", &counter)
        .output()
        .unwrap();
    let (code, out) = (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    );
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("a weak test. It is rejected in only 1 of 3 runs"),
        "{out}"
    );
    assert!(out.contains("run 1: `adds` passes"), "{out}");
    assert_eq!(
        c.read("counter"),
        "3",
        "three runs, each read the counter once"
    );
}

#[test]
fn a_patch_that_does_not_apply_names_the_mutant_and_the_line() {
    let c = Course::new();
    c.write(
        MUTANT,
        &c.read(MUTANT)
            .replace(" /// Adds two numbers.", " /// Adds two numbers, fast."),
    );
    let (code, out) = c.run(&["verify", "adder"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(
            "mutant multiplies: mutants/ch01-fixture/adder/multiplies.patch does not apply to solutions/ch01-fixture/adder"
        ),
        "{out}"
    );
    assert!(
        out.contains("should be `/// Adds two numbers, fast.`"),
        "{out}"
    );
}

#[test]
fn folders_and_manifest_must_agree() {
    let c = Course::new();
    std::fs::remove_file(c.path(MUTANT)).unwrap();
    c.write("mutants/ch01-fixture/adder/stray.patch", &c.read(SOLUTION));
    c.write("mutants/ch01-fixture/adder/old-crate/Cargo.toml", "");
    c.write(
        "exercises/ch01-fixture/unlisted/Cargo.toml",
        "[package]\nname = \"exercise-unlisted\"\n",
    );
    let (code, out) = c.run(&["verify", "adder"]);
    assert_eq!(code, 1, "{out}");
    for needle in [
        "its mutant `ch01-fixture/adder/multiplies` is missing: there is no mutants/ch01-fixture/adder/multiplies.patch",
        "mutants/ch01-fixture/adder/stray.patch is a mutant that no [[exercise.mutant]] in exercises/manifest.toml names",
        "mutants/ch01-fixture/adder/old-crate/ is a folder: a mutant is one file",
        "exercises/ch01-fixture/unlisted is a crate that no [[exercise]] in exercises/manifest.toml names",
    ] {
        assert!(out.contains(needle), "`{needle}` missing from:\n{out}");
    }
}

#[test]
fn a_failing_solution_is_reported_and_never_said_to_pass() {
    let c = Course::new();
    c.write(SOLUTION, &c.read(SOLUTION).replace("a + b", "a + b + 1"));
    let (code, out) = c.run(&["verify", "adder"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("solution solution-adder: `adds` does not pass"),
        "{out}"
    );
    assert!(!out.contains("solution passes"), "{out}");
}

/// The adder's manifest entry marked `broken = true`: its starter is code
/// with a bug to fix, not a `todo!()`.
fn mark_broken(c: &Course) {
    let manifest = c.read("exercises/manifest.toml").replacen(
        "failing = [\"adds\", \"adds_zero\"]\n",
        "failing = [\"adds\", \"adds_zero\"]\nbroken = true\n",
        1,
    );
    c.write("exercises/manifest.toml", &manifest);
}

const STARTER: &str = "exercises/ch01-fixture/adder/src/lib.rs";

#[test]
fn a_broken_starter_must_fail_on_the_tests_assertions() {
    let c = Course::new();
    mark_broken(&c);
    // As shipped, the starter fails on a todo!(): not what a broken starter does.
    let (code, out) = c.run(&["verify", "adder"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("(broken code to fix): `adds` fails, but not on an assertion of the tests"),
        "{out}"
    );

    // Code with a bug: `add` multiplies, then adds one. The tests' own
    // assertions catch it.
    c.write(
        STARTER,
        "/// Adds two numbers.\npub fn add(a: u32, b: u32) -> u32 {\n    a * b + 1\n}\n\n\
         /// The largest sum `add` is asked for. Do not edit.\npub const LIMIT: u32 = 100;\n",
    );
    let (code, out) = c.run(&["verify", "adder"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("starter fails as intended: adds, adds_zero"),
        "{out}"
    );
}

#[test]
fn a_test_to_write_is_checked_by_the_solutions_model_test() {
    let c = Course::new();
    c.add_spotter();
    let (code, out) = c.run(&["verify", "spotter"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("starter fails as intended: catches_the_bugs"),
        "{out}"
    );
    for bug in ["plus-two", "squares"] {
        assert!(
            out.contains(&format!("mutant {bug} rejected in 3 of 3 runs")),
            "{out}"
        );
    }
    assert!(out.contains("solution passes 1 tests"), "{out}");

    // A model test that misses a bug: verify says it survives.
    let model = "solutions/ch01-fixture/spotter/tests/caught.rs";
    c.write(
        model,
        "#[test]\nfn doubles() {\n    assert_eq!(spotter::double(0), 0, \"0 doubled is 0\");\n}\n",
    );
    let (code, out) = c.run(&["verify", "spotter"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("mutant squares (squares instead of doubling) survives"),
        "{out}"
    );
    assert!(
        out.contains("mutant plus-two rejected in 3 of 3 runs"),
        "{out}"
    );

    // The starter's own file does not count: a bug caught only by a panic
    // outside the solution's tests/ is not rejected.
    c.write(
        model,
        "#[test]\nfn doubles() {\n    let _ = spotter::double(3);\n}\n",
    );
    c.write(
        "mutants/ch01-fixture/spotter/squares.patch",
        "Panics in the code.\n\n--- a/src/lib.rs\n+++ b/src/lib.rs\n@@ -1,4 +1,4 @@\n \
         /// Doubles a number.\n pub fn double(x: u32) -> u32 {\n-    x * 2\n+    panic!(\"boom {x}\")\n }\n",
    );
    let (code, out) = c.run(&["verify", "spotter"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("`doubles` fails, but not on an assertion of the tests")
            && out.contains("outside the tests"),
        "{out}"
    );

    // The code under test must be the solution's.
    c.write(
        "exercises/ch01-fixture/spotter/src/lib.rs",
        "/// Doubles a number.\npub fn double(x: u32) -> u32 {\n    x + x\n}\n",
    );
    let (code, out) = c.run(&["verify", "spotter"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("its src/ differs from the solution's"),
        "{out}"
    );
}
