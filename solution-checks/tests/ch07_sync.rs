//! Written by book-tests from exercises/manifest.toml: do not edit.
//! Each module is one exercise's own tests, run against its solution.
//! `cargo test -p solution-checks --test ch07_sync` runs the chapter's;
//! `cargo test -p solution-ID` runs one solution's alone.

// shared-tally: `cargo course run shared-tally`
#[path = "../../exercises/ch07-sync/shared-tally/tests/check.rs"]
mod shared_tally;

// bounded-workers: `cargo course run bounded-workers`
#[path = "../../exercises/ch07-sync/bounded-workers/tests/check.rs"]
mod bounded_workers;

// short-critical-section: `cargo course run short-critical-section`
#[path = "../../exercises/ch07-sync/short-critical-section/tests/check.rs"]
mod short_critical_section;

// single-flight: `cargo course run single-flight`
#[path = "../../exercises/ch07-sync/single-flight/tests/check.rs"]
mod single_flight;
