//! Written by book-tests from exercises/manifest.toml: do not edit.
//! Each module is one exercise's own tests, run against its solution.
//! `cargo test -p solution-checks --test ch15_pitfalls` runs the chapter's;
//! `cargo test -p solution-ID` runs one solution's alone.

// orphan-poller: `cargo course run orphan-poller`
#[path = "../../exercises/ch15-pitfalls/orphan-poller/tests/check.rs"]
mod orphan_poller;

// fix-lock-order: `cargo course run fix-lock-order`
#[path = "../../exercises/ch15-pitfalls/fix-lock-order/tests/check.rs"]
mod fix_lock_order;

// cancel-safe-transfer: `cargo course run cancel-safe-transfer`
#[path = "../../exercises/ch15-pitfalls/cancel-safe-transfer/tests/check.rs"]
mod cancel_safe_transfer;

// restart-supervisor: `cargo course run restart-supervisor`
#[path = "../../exercises/ch15-pitfalls/restart-supervisor/tests/check.rs"]
mod restart_supervisor;
