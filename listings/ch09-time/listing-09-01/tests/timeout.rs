//! What `timeout` does, measured on the paused clock.
use listing_09_01::{run, slow_operation};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tokio::time::{Duration, Instant, error::Elapsed, timeout};

// ANCHOR: elapsed
#[tokio::test(start_paused = true)]
async fn gives_up_after_two_seconds_with_elapsed() {
    let start = Instant::now();
    let result: Result<String, Elapsed> = timeout(Duration::from_secs(2), slow_operation()).await;

    let err = result.expect_err("a 5 s operation cannot finish within 2 s");
    assert_eq!(err.to_string(), "deadline has elapsed");
    // Two seconds, not five: `timeout` did not wait for the operation.
    assert_eq!(start.elapsed(), Duration::from_secs(2));
}
// ANCHOR_END: elapsed

// ANCHOR: dropped
/// Sets its flag when it is dropped.
struct DropFlag(Arc<AtomicBool>);

impl Drop for DropFlag {
    fn drop(&mut self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

#[tokio::test(start_paused = true)]
async fn the_inner_future_is_dropped_when_time_is_up() {
    let dropped = Arc::new(AtomicBool::new(false));
    let flag = DropFlag(dropped.clone());
    let operation = async move {
        let _flag = flag; // owned by the future: dropped with it
        slow_operation().await
    };

    let result = timeout(Duration::from_secs(2), operation).await;

    assert!(result.is_err());
    assert!(
        dropped.load(Ordering::SeqCst),
        "timeout returned, so the operation's future is gone"
    );
}
// ANCHOR_END: dropped

#[tokio::test(start_paused = true)]
async fn succeeds_when_the_operation_is_fast_enough() {
    let start = Instant::now();
    let result = timeout(Duration::from_secs(6), slow_operation()).await;
    assert_eq!(result, Ok(String::from("done")));
    assert_eq!(start.elapsed(), Duration::from_secs(5));
}

#[tokio::test(start_paused = true)]
async fn run_reports_the_timeout_after_two_virtual_seconds() {
    let start = Instant::now();
    assert_eq!(run().await, "Operation timed out");
    assert_eq!(start.elapsed(), Duration::from_secs(2));
}
