//! Written by book-tests from exercises/manifest.toml: do not edit.
//! Each module is one exercise's own tests, run against its solution.
//! `cargo test -p solution-checks --test ch10_errors` runs the chapter's;
//! `cargo test -p solution-ID` runs one solution's alone.

// settings-error-chain: `cargo course run settings-error-chain`
#[path = "../../exercises/ch10-errors/settings-error-chain/tests/check.rs"]
mod settings_error_chain;

// collect-task-errors: `cargo course run collect-task-errors`
#[path = "../../exercises/ch10-errors/collect-task-errors/tests/check.rs"]
mod collect_task_errors;

// typed-fetch-errors: `cargo course run typed-fetch-errors`
#[path = "../../exercises/ch10-errors/typed-fetch-errors/tests/check.rs"]
mod typed_fetch_errors;

// mirror-sync: `cargo course run mirror-sync`
#[path = "../../exercises/ch10-errors/mirror-sync/tests/check.rs"]
mod mirror_sync;
