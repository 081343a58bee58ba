//! Written by book-tests from exercises/manifest.toml: do not edit.
//! Each module is one exercise's own tests, run against its solution.
//! `cargo test -p solution-checks --test ch05_select_join` runs the chapter's;
//! `cargo test -p solution-ID` runs one solution's alone.

// cancel-safe-loop: `cargo course run cancel-safe-loop`
#[path = "../../exercises/ch05-select-join/cancel-safe-loop/tests/check.rs"]
mod cancel_safe_loop;

// race-deadline: `cargo course run race-deadline`
#[path = "../../exercises/ch05-select-join/race-deadline/tests/check.rs"]
mod race_deadline;

// first-response: `cargo course run first-response`
#[path = "../../exercises/ch05-select-join/first-response/tests/check.rs"]
mod first_response;

// heartbeat-forwarder: `cargo course run heartbeat-forwarder`
#[path = "../../exercises/ch05-select-join/heartbeat-forwarder/tests/check.rs"]
mod heartbeat_forwarder;
