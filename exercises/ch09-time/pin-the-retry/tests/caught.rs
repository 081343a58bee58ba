//! Your test of `pin_the_retry::retry_with_backoff`. This is the file to edit.
//!
//! `cargo course run pin-the-retry` runs it on the code as shipped (it must
//! pass), then on copies of the code with a bug in each (one of your tests
//! must fail on each copy).
//!
//! You will want `std::time::Duration` and `tokio::time::{Instant, timeout}`.

#[tokio::test(start_paused = true)]
async fn catches_the_bugs() {
    // TODO: call `retry_with_backoff` with an operation that fails, note
    // when each call happens, and assert what you saw.
    todo!("write a test of retry_with_backoff on the paused clock")
}
