//! The model test of `retry_with_backoff`: it passes on the code as shipped,
//! and fails on each bug in mutants/ch09-time/pin-the-retry/.
use pin_the_retry::retry_with_backoff;
use std::time::Duration;
use tokio::time::{Instant, timeout};

/// Runs `retry_with_backoff(attempts, 100 ms, op)` with an `op` that fails
/// its first `failures` calls. Returns the result and the virtual time, in
/// ms since the start, of every call.
async fn run(attempts: u32, failures: u32) -> (Result<u32, String>, Vec<u128>) {
    let start = Instant::now();
    let mut calls = Vec::new();
    let result = timeout(
        // An hour of virtual time: a wrong answer fails instead of hanging.
        Duration::from_secs(3600),
        retry_with_backoff(attempts, Duration::from_millis(100), async || {
            calls.push(start.elapsed().as_millis());
            let n = calls.len() as u32;
            if n > failures {
                Ok(n)
            } else {
                Err(format!("failure {n}"))
            }
        }),
    )
    .await
    .expect("retry_with_backoff was still retrying after an hour");
    (result, calls)
}

#[tokio::test(start_paused = true)]
async fn gives_up_after_four_attempts_waiting_longer_each_time() {
    let (result, calls) = run(4, u32::MAX).await;
    assert_eq!(
        calls,
        [0, 100, 300, 700],
        "four calls, 100, 200 and 400 ms apart (ms since the start)"
    );
    assert_eq!(
        result,
        Err("failure 4".to_owned()),
        "the last error comes back"
    );
}

#[tokio::test(start_paused = true)]
async fn stops_at_the_first_success() {
    let (result, calls) = run(5, 2).await;
    assert_eq!(calls, [0, 100, 300], "two failures, then a success");
    assert_eq!(result, Ok(3));
}
