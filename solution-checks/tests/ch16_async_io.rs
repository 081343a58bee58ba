//! Written by book-tests from exercises/manifest.toml: do not edit.
//! Each module is one exercise's own tests, run against its solution.
//! `cargo test -p solution-checks --test ch16_async_io` runs the chapter's;
//! `cargo test -p solution-ID` runs one solution's alone.

// running-total: `cargo course run running-total`
#[path = "../../exercises/ch16-async-io/running-total/tests/check.rs"]
mod running_total;

// line-guard: `cargo course run line-guard`
#[path = "../../exercises/ch16-async-io/line-guard/tests/check.rs"]
mod line_guard;

// waiting-room: `cargo course run waiting-room`
#[path = "../../exercises/ch16-async-io/waiting-room/tests/check.rs"]
mod waiting_room;

// shutdown-deadline: `cargo course run shutdown-deadline`
#[path = "../../exercises/ch16-async-io/shutdown-deadline/tests/check.rs"]
mod shutdown_deadline;
