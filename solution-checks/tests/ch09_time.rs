//! Written by book-tests from exercises/manifest.toml: do not edit.
//! Each module is one exercise's own tests, run against its solution.
//! `cargo test -p solution-checks --test ch09_time` runs the chapter's;
//! `cargo test -p solution-ID` runs one solution's alone.

// deadline-fetch: `cargo course run deadline-fetch`
#[path = "../../exercises/ch09-time/deadline-fetch/tests/check.rs"]
mod deadline_fetch;

// polite-poller: `cargo course run polite-poller`
#[path = "../../exercises/ch09-time/polite-poller/tests/check.rs"]
mod polite_poller;

// pin-the-retry: `cargo course run pin-the-retry`
#[path = "../../solutions/ch09-time/pin-the-retry/tests/caught.rs"]
mod pin_the_retry;

// retry-backoff: `cargo course run retry-backoff`
#[path = "../../exercises/ch09-time/retry-backoff/tests/check.rs"]
mod retry_backoff;

// checkout-deadline: `cargo course run checkout-deadline`
#[path = "../../exercises/ch09-time/checkout-deadline/tests/check.rs"]
mod checkout_deadline;
