//! Building and running one package's tests, with time limits.

use crate::Failure;
use crate::libtest::{self, Outcome};
use crate::proc;
use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::Path;
use std::time::Duration;

/// Compiling may take a while on a cold machine; running tests must not.
pub const COMPILE_LIMIT: Duration = Duration::from_secs(900);

/// How long a package's tests may run: 60 s, or `COURSE_TEST_TIMEOUT` seconds.
pub fn run_limit() -> Duration {
    std::env::var("COURSE_TEST_TIMEOUT")
        .ok()
        .and_then(|s| s.parse().ok())
        .map(Duration::from_secs)
        .unwrap_or(Duration::from_secs(60))
}

pub enum TestRun {
    /// The compiler's messages.
    DoesNotCompile(String),
    /// Killed at the time limit; what the tests had printed by then.
    Hung { limit: Duration, output: String },
    /// The tests ran to the end.
    Ran {
        results: BTreeMap<String, Outcome>,
        /// What the tests printed.
        output: String,
        /// The compiler's warnings, apart, to be shown before the results.
        warnings: String,
        success: bool,
    },
}

/// `cargo test -p PACKAGE`: first built (no time limit to speak of), then run
/// with [`run_limit`].
pub fn test(root: &Path, package: &str) -> Result<TestRun, Failure> {
    test_with(root, &["-p", package], &[])
}

/// `cargo test SELECT…` in `dir` (SELECT: `-p NAME`, or `--manifest-path
/// PATH`, …), with `env` set: built first, then run with [`run_limit`].
pub fn test_with(dir: &Path, select: &[&str], env: &[(&str, &OsStr)]) -> Result<TestRun, Failure> {
    let cargo = proc::cargo();
    let mut args = vec!["test", "--quiet"];
    args.extend_from_slice(select);
    args.push("--no-run");
    let build = proc::run_with_env(dir, &cargo, &args, env, COMPILE_LIMIT)
        .map_err(|e| Failure(format!("could not run cargo: {e}")))?;
    if !build.success {
        return Ok(TestRun::DoesNotCompile(build.stderr));
    }
    let limit = run_limit();
    let mut args = vec!["test"];
    args.extend_from_slice(select);
    let run = proc::run_with_env(dir, &cargo, &args, env, limit)
        .map_err(|e| Failure(format!("could not run cargo: {e}")))?;
    let (warnings, output) = test_output(&run);
    if run.timed_out {
        return Ok(TestRun::Hung { limit, output });
    }
    Ok(TestRun::Ran {
        results: libtest::parse(&run.all()),
        output,
        warnings,
        success: run.success,
    })
}

/// Cargo's progress lines, never worth showing.
const NOISE: [&str; 5] = [
    "Compiling ",
    "Finished ",
    "Running ",
    "Blocking waiting",
    "error: test failed, to rerun",
];

/// (the compiler's warnings, what the tests printed), without cargo's own
/// progress lines. Cargo prints the warnings (replayed from the build) on
/// stderr before its first `Running` line; what comes after is the tests'.
fn test_output(run: &proc::Output) -> (String, String) {
    let lines: Vec<&str> = run.stderr.lines().collect();
    let first_run = lines
        .iter()
        .position(|l| l.trim_start().starts_with("Running "))
        .unwrap_or(lines.len());
    let clean = |part: &[&str]| -> Vec<String> {
        part.iter()
            .filter(|l| !NOISE.iter().any(|n| l.trim_start().starts_with(n)))
            .map(|l| l.to_string())
            .collect()
    };
    let warnings = clean(&lines[..first_run]).join("\n").trim().to_owned();
    let stderr = clean(&lines[first_run..]);
    let stdout: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| !l.starts_with("note: run with `RUST_BACKTRACE=1`"))
        .collect();
    let mut out = stdout.join("\n");
    if !stderr.is_empty() {
        out.push('\n');
        out.push_str(&stderr.join("\n"));
    }
    (warnings, out)
}
