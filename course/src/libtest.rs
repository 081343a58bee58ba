//! Reading what a `cargo test` run printed: which tests passed, which
//! failed, and where and why each failure panicked.

use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Passed,
    Failed(Panic),
    Ignored,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Panic {
    /// `path:line:col` of the panic, when libtest printed one.
    pub location: String,
    /// The panic message (first line).
    pub message: String,
    /// Everything the test printed.
    pub output: String,
}

impl Panic {
    pub fn is_todo(&self) -> bool {
        self.message.starts_with("not yet implemented")
    }
}

/// Test name → outcome, for every test the run reported.
pub fn parse(output: &str) -> BTreeMap<String, Outcome> {
    let mut results = BTreeMap::new();
    for line in output.lines() {
        let Some(rest) = line.strip_prefix("test ") else {
            continue;
        };
        let Some((name, status)) = rest.rsplit_once(" ... ") else {
            continue;
        };
        let outcome = match status.trim() {
            "ok" => Outcome::Passed,
            "FAILED" => Outcome::Failed(Panic::default()),
            s if s.starts_with("ignored") => Outcome::Ignored,
            _ => continue,
        };
        results.insert(name.trim().to_owned(), outcome);
    }
    // Failure details: "---- NAME stdout ----" then the captured output.
    let mut sections = output.split("\n---- ").skip(1);
    for section in &mut sections {
        let Some((header, body)) = section.split_once('\n') else {
            continue;
        };
        let Some(name) = header.strip_suffix(" stdout ----") else {
            continue;
        };
        let body = body.split("\n\nfailures:").next().unwrap_or(body);
        let body = body.split("\n---- ").next().unwrap_or(body);
        let mut panic = Panic {
            output: body.trim_end().to_owned(),
            ..Panic::default()
        };
        // The last panic is the one that failed the test. Earlier ones may
        // come from tasks the test spawned on its own thread, which tokio
        // caught and the test then looked at (an `expect` on a JoinError).
        let mut lines = body.lines();
        while let Some(line) = lines.next() {
            if let Some((_, at)) = line.split_once("panicked at ") {
                panic.location = at.trim_end_matches(':').to_owned();
                panic.message = lines.next().unwrap_or_default().to_owned();
            }
        }
        results.insert(name.to_owned(), Outcome::Failed(panic));
    }
    results
}

#[cfg(test)]
mod tests {
    use super::*;

    const RUN: &str = "\
running 3 tests
test adds_both_prices ... FAILED
test runs_both_lookups_at_the_same_time ... FAILED
test helper_works ... ok

failures:

---- adds_both_prices stdout ----

thread 'adds_both_prices' (5639) panicked at exercises/ch01/join-prices/src/lib.rs:17:5:
not yet implemented: look up the prices
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace

---- runs_both_lookups_at_the_same_time stdout ----

thread 'runs_both_lookups_at_the_same_time' (5640) panicked at exercises/ch01/join-prices/tests/check.rs:27:5:
total_price took 2s: the two lookups ran one after the other.

failures:
    adds_both_prices
    runs_both_lookups_at_the_same_time

test result: FAILED. 1 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.13s
";

    #[test]
    fn the_last_panic_is_the_one_that_failed_the_test() {
        let run = "\
test stops ... FAILED

failures:

---- stops stdout ----

thread 'stops' (7) panicked at src/lib.rs:34:38:
called `Result::unwrap()` on an `Err` value: SendError { .. }
thread 'stops' (7) panicked at tests/check.rs:41:30:
the poller panicked: stop quietly instead

failures:
    stops
";
        let Outcome::Failed(p) = &parse(run)["stops"] else {
            panic!("should have failed")
        };
        assert_eq!(p.location, "tests/check.rs:41:30");
        assert_eq!(p.message, "the poller panicked: stop quietly instead");
    }

    #[test]
    fn reads_outcomes_and_panics() {
        let r = parse(RUN);
        assert_eq!(r.len(), 3);
        assert_eq!(r["helper_works"], Outcome::Passed);
        let Outcome::Failed(todo) = &r["adds_both_prices"] else {
            panic!("should have failed")
        };
        assert!(todo.is_todo());
        assert_eq!(todo.location, "exercises/ch01/join-prices/src/lib.rs:17:5");
        let Outcome::Failed(assertion) = &r["runs_both_lookups_at_the_same_time"] else {
            panic!("should have failed")
        };
        assert!(!assertion.is_todo());
        assert_eq!(
            assertion.location,
            "exercises/ch01/join-prices/tests/check.rs:27:5"
        );
        assert!(assertion.message.starts_with("total_price took 2s"));
    }
}
