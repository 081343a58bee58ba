//! Test helpers shared by the course's listings.
//!
//! A listing's test compares what the program prints with the `output.txt`
//! that the book shows beside it. These helpers make that comparison and
//! explain a mismatch in terms a contributor can act on.

pub mod gauge;
pub mod timeline;

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a listing's binary printed, and how it ended.
#[derive(Debug)]
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub success: bool,
}

/// Runs a listing's binary (pass `env!("CARGO_BIN_EXE_<name>")`) and returns
/// what it printed. Kills it and panics if it runs longer than `limit`, so a
/// hung listing fails its test instead of hanging the suite.
pub fn run_bin(path: &str, limit: Duration) -> Run {
    run_bin_with_env(path, &[], limit)
}

/// Like [`run_bin`], with environment variables set for the program: for
/// example `&[("API_BASE", &server.uri())]` to point a listing that talks to
/// a web service at a server on 127.0.0.1 that the test started.
pub fn run_bin_with_env(path: &str, env: &[(&str, &str)], limit: Duration) -> Run {
    run_bin_with(path, &[], env, limit)
}

/// Like [`run_bin`], with command-line arguments and environment variables
/// for the program.
pub fn run_bin_with(path: &str, args: &[&str], env: &[(&str, &str)], limit: Duration) -> Run {
    let mut child = Command::new(path)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("RUST_BACKTRACE", "0")
        .envs(env.iter().copied())
        .spawn()
        .unwrap_or_else(|e| panic!("could not start {path}: {e}"));
    let mut out = child.stdout.take().expect("stdout is piped");
    let mut err = child.stderr.take().expect("stderr is piped");
    let out_reader = std::thread::spawn(move || {
        let mut s = String::new();
        out.read_to_string(&mut s).map(|_| s)
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        err.read_to_string(&mut s).map(|_| s)
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for the listing") {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{path} was still running after {limit:?}: killed it");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Run {
        stdout: out_reader.join().unwrap().expect("stdout is UTF-8"),
        stderr: err_reader.join().unwrap().expect("stderr is UTF-8"),
        success: status.success(),
    }
}

/// Runs a listing's binary on tokio's paused clock and returns what it
/// printed, after checking that it succeeded. The listing's `main` carries
/// `#[course_clock::paused_under_test]` (support/clock): with
/// `COURSE_PAUSED_CLOCK` set, the same `main` runs on a current-thread
/// runtime whose clock starts paused, so a program that sleeps for seconds
/// prints the same lines at once, and the same lines on every run.
pub fn run_bin_paused(path: &str) -> Run {
    let run = run_bin_with_env(
        path,
        &[("COURSE_PAUSED_CLOCK", "1")],
        Duration::from_secs(60),
    );
    assert!(run.success, "{path} failed:\n{}", run.stderr);
    // Without the attribute the variable changes nothing: the program would
    // wait in real time and still pass. Say so instead.
    assert!(
        run.stderr
            .contains("course-clock: main runs on tokio's paused clock"),
        "{path} did not run on the paused clock: put \
         `#[course_clock::paused_under_test]` on the line above its `#[tokio::main]` \
         (and `course-clock.workspace = true` in its [dependencies])"
    );
    run
}

/// Reads a file next to the listing, such as `output.txt`.
/// `dir` is `env!("CARGO_MANIFEST_DIR")`.
pub fn read(dir: &str, file: &str) -> String {
    let path = Path::new(dir).join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Asserts that `actual` is exactly the text of `expected` (the book's
/// `output.txt`), line for line.
#[track_caller]
pub fn assert_output(actual: &str, expected: &str) {
    if actual.trim_end() != expected.trim_end() {
        panic!(
            "the program's output differs from output.txt, which the book shows.\n\
             --- output.txt ---\n{expected}\n--- the program printed ---\n{actual}\n\
             Fix the program, or (if the new output is right) update output.txt."
        );
    }
}

/// Like [`assert_output`], but the lines may come in any order: for programs
/// whose tasks finish in an order the scheduler picks. The book says so
/// beside such an output.
#[track_caller]
pub fn assert_output_unordered(actual: &str, expected: &str) {
    let sorted = |s: &str| {
        let mut lines: Vec<String> = s.trim_end().lines().map(str::to_owned).collect();
        lines.sort();
        lines
    };
    if sorted(actual) != sorted(expected) {
        panic!(
            "the program's output does not hold the same lines as output.txt \
             (in any order).\n--- output.txt ---\n{expected}\n--- the program printed ---\n{actual}"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_output_ignores_only_trailing_whitespace() {
        assert_output("a\nb\n", "a\nb");
        let result = std::panic::catch_unwind(|| assert_output("a\nb\n", "b\na\n"));
        assert!(result.is_err(), "a different order must not match exactly");
    }

    #[test]
    fn unordered_output_needs_the_same_lines() {
        assert_output_unordered("b\na\n", "a\nb\n");
        let missing = std::panic::catch_unwind(|| assert_output_unordered("a\n", "a\nb\n"));
        assert!(missing.is_err(), "a missing line must not match");
        let extra = std::panic::catch_unwind(|| assert_output_unordered("a\na\nb\n", "a\nb\n"));
        assert!(extra.is_err(), "a repeated line must not match");
    }
}
