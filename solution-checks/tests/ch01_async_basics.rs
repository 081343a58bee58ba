//! Written by book-tests from exercises/manifest.toml: do not edit.
//! Each module is one exercise's own tests, run against its solution.
//! `cargo test -p solution-checks --test ch01_async_basics` runs the chapter's;
//! `cargo test -p solution-ID` runs one solution's alone.

// send-notices: `cargo course run send-notices`
#[path = "../../exercises/ch01-async-basics/send-notices/tests/check.rs"]
mod send_notices;

// join-prices: `cargo course run join-prices`
#[path = "../../exercises/ch01-async-basics/join-prices/tests/check.rs"]
mod join_prices;

// yield-future: `cargo course run yield-future`
#[path = "../../exercises/ch01-async-basics/yield-future/tests/check.rs"]
mod yield_future;

// countdown-latch: `cargo course run countdown-latch`
#[path = "../../exercises/ch01-async-basics/countdown-latch/tests/check.rs"]
mod countdown_latch;
