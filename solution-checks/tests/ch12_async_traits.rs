//! Written by book-tests from exercises/manifest.toml: do not edit.
//! Each module is one exercise's own tests, run against its solution.
//! `cargo test -p solution-checks --test ch12_async_traits` runs the chapter's;
//! `cargo test -p solution-ID` runs one solution's alone.

// cursor-pages: `cargo course run cursor-pages`
#[path = "../../exercises/ch12-async-traits/cursor-pages/tests/check.rs"]
mod cursor_pages;

// cache-trait: `cargo course run cache-trait`
#[path = "../../exercises/ch12-async-traits/cache-trait/tests/check.rs"]
mod cache_trait;

// fake-fetcher: `cargo course run fake-fetcher`
#[path = "../../exercises/ch12-async-traits/fake-fetcher/tests/check.rs"]
mod fake_fetcher;

// alert-fanout: `cargo course run alert-fanout`
#[path = "../../exercises/ch12-async-traits/alert-fanout/tests/check.rs"]
mod alert_fanout;
