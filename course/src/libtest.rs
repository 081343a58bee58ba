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
    /// Some panic of the test, not necessarily the last, was a `todo!()`:
    /// a starter's `todo!()` inside a task the test spawned panics first,
    /// and the test then fails on its own look at that task.
    pub todo_seen: bool,
}

impl Panic {
    pub fn is_todo(&self) -> bool {
        self.todo_seen || self.message.starts_with("not yet implemented")
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
        // The panic that failed the test is the last one raised on the
        // test's own thread. Earlier ones may come from tasks the test
        // spawned on that thread, which tokio caught and the test then
        // looked at (an `expect` on a JoinError); panics on other threads (a
        // runtime's workers, detached tasks panicking as the runtime shuts
        // down) count only when the test's thread shows none.
        let own = format!("thread '{name}' ");
        let mut lines = body.lines();
        let mut on_own_thread = false;
        while let Some(line) = lines.next() {
            if let Some((before, at)) = line.split_once("panicked at ") {
                let message = lines.next().unwrap_or_default().to_owned();
                panic.todo_seen |= message.starts_with("not yet implemented");
                let own_thread = before.starts_with(&own);
                if own_thread || !on_own_thread {
                    panic.location = at.trim_end_matches(':').to_owned();
                    panic.message = message;
                    on_own_thread |= own_thread;
                }
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
        assert!(!p.is_todo());
    }

    #[test]
    fn a_todo_in_a_task_the_test_spawned_counts_as_a_todo() {
        let run = "\
test forwards ... FAILED

failures:

---- forwards stdout ----

thread 'forwards' (7) panicked at src/lib.rs:30:5:
not yet implemented: forward every message
thread 'forwards' (7) panicked at tests/check.rs:38:10:
forward panicked: JoinError::Panic(Id(4), \"not yet implemented: forward every message\", ...)

failures:
    forwards
";
        let Outcome::Failed(p) = &parse(run)["forwards"] else {
            panic!("should have failed")
        };
        assert!(p.is_todo());
        assert_eq!(p.location, "tests/check.rs:38:10", "still the last panic");
    }

    #[test]
    fn a_worker_threads_later_panic_is_not_the_tests() {
        let run = "\
test many ... FAILED

failures:

---- many stdout ----

thread 'many' (7) panicked at tests/check.rs:51:5:
ids differ
thread 'tokio-rt-worker' (9) panicked at src/lib.rs:57:14:
called `Result::unwrap()` on an `Err` value: SendError { .. }

failures:
    many
";
        let Outcome::Failed(p) = &parse(run)["many"] else {
            panic!("should have failed")
        };
        assert_eq!(p.location, "tests/check.rs:51:5");
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
