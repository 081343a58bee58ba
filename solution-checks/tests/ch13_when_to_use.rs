//! Written by book-tests from exercises/manifest.toml: do not edit.
//! Each module is one exercise's own tests, run against its solution.
//! `cargo test -p solution-checks --test ch13_when_to_use` runs the chapter's;
//! `cargo test -p solution-ID` runs one solution's alone.

// prime-threads: `cargo course run prime-threads`
#[path = "../../exercises/ch13-when-to-use/prime-threads/tests/check.rs"]
mod prime_threads;

// concurrent-waits: `cargo course run concurrent-waits`
#[path = "../../exercises/ch13-when-to-use/concurrent-waits/tests/check.rs"]
mod concurrent_waits;

// mixed-batch: `cargo course run mixed-batch`
#[path = "../../exercises/ch13-when-to-use/mixed-batch/tests/check.rs"]
mod mixed_batch;

// feed-watchdog: `cargo course run feed-watchdog`
#[path = "../../exercises/ch13-when-to-use/feed-watchdog/tests/check.rs"]
mod feed_watchdog;
