//! Written by book-tests from exercises/manifest.toml: do not edit.
//! Each module is one exercise's own tests, run against its solution.
//! `cargo test -p solution-checks --test ch08_streams` runs the chapter's;
//! `cargo test -p solution-ID` runs one solution's alone.

// first-errors: `cargo course run first-errors`
#[path = "../../exercises/ch08-streams/first-errors/tests/check.rs"]
mod first_errors;

// fibonacci-stream: `cargo course run fibonacci-stream`
#[path = "../../exercises/ch08-streams/fibonacci-stream/tests/check.rs"]
mod fibonacci_stream;

// job-stream: `cargo course run job-stream`
#[path = "../../exercises/ch08-streams/job-stream/tests/check.rs"]
mod job_stream;

// feed-dashboard: `cargo course run feed-dashboard`
#[path = "../../exercises/ch08-streams/feed-dashboard/tests/check.rs"]
mod feed_dashboard;
