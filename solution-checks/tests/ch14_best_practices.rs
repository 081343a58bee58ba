//! Written by book-tests from exercises/manifest.toml: do not edit.
//! Each module is one exercise's own tests, run against its solution.
//! `cargo test -p solution-checks --test ch14_best_practices` runs the chapter's;
//! `cargo test -p solution-ID` runs one solution's alone.

// bounded-import: `cargo course run bounded-import`
#[path = "../../exercises/ch14-best-practices/bounded-import/tests/check.rs"]
mod bounded_import;

// traced-requests: `cargo course run traced-requests`
#[path = "../../exercises/ch14-best-practices/traced-requests/tests/check.rs"]
mod traced_requests;

// graceful-shutdown: `cargo course run graceful-shutdown`
#[path = "../../exercises/ch14-best-practices/graceful-shutdown/tests/check.rs"]
mod graceful_shutdown;

// session-tree: `cargo course run session-tree`
#[path = "../../exercises/ch14-best-practices/session-tree/tests/check.rs"]
mod session_tree;
