//! Written by book-tests from exercises/manifest.toml: do not edit.
//! Each module is one exercise's own tests, run against its solution.
//! `cargo test -p solution-checks --test ch03_spawning_tasks` runs the chapter's;
//! `cargo test -p solution-ID` runs one solution's alone.

// fan-out-scores: `cargo course run fan-out-scores`
#[path = "../../exercises/ch03-spawning-tasks/fan-out-scores/tests/check.rs"]
mod fan_out_scores;

// abort-guard: `cargo course run abort-guard`
#[path = "../../exercises/ch03-spawning-tasks/abort-guard/tests/check.rs"]
mod abort_guard;

// request-scope: `cargo course run request-scope`
#[path = "../../exercises/ch03-spawning-tasks/request-scope/tests/check.rs"]
mod request_scope;

// supervise-panics: `cargo course run supervise-panics`
#[path = "../../exercises/ch03-spawning-tasks/supervise-panics/tests/check.rs"]
mod supervise_panics;
