//! Where the timeout goes decides what it limits.
use listing_09_08::{POLICY, retry};
use listing_09_09::{Hanging, call_with_limit};
use tokio::time::{Duration, Instant, timeout};

fn ms(values: &[u64]) -> Vec<Duration> {
    values.iter().map(|&v| Duration::from_millis(v)).collect()
}

// ANCHOR: test
#[tokio::test(start_paused = true)]
async fn a_hung_attempt_is_cut_off_and_retried() {
    let start = Instant::now();
    let mut service = Hanging::new(2);
    let limit = Duration::from_secs(1);
    let result = retry(POLICY, async || call_with_limit(&mut service, limit).await).await;

    assert_eq!(result, Ok("report"));
    // 0: hangs, cut at 1000; wait 100. 1100: hangs, cut at 2100; wait 200.
    assert_eq!(service.calls, ms(&[0, 1100, 2300]));
    assert_eq!(start.elapsed(), Duration::from_millis(2350));
}
// ANCHOR_END: test

#[tokio::test(start_paused = true)]
async fn a_timeout_around_the_retry_bounds_the_whole_call() {
    let start = Instant::now();
    let mut service = Hanging::new(2);
    let limit = Duration::from_secs(1);
    let result = timeout(
        Duration::from_secs(2),
        retry(POLICY, async || call_with_limit(&mut service, limit).await),
    )
    .await;

    assert!(result.is_err(), "two seconds are not enough");
    assert_eq!(service.calls, ms(&[0, 1100]));
    assert_eq!(start.elapsed(), Duration::from_secs(2));
}

#[tokio::test(start_paused = true)]
async fn without_a_limit_per_attempt_one_hung_call_hangs_the_retry() {
    let mut service = Hanging::new(1);
    let result = timeout(
        Duration::from_secs(60),
        retry(POLICY, async || service.call().await),
    )
    .await;
    assert!(
        result.is_err(),
        "the first call never answers, and nothing cuts it off"
    );
    assert_eq!(
        service.calls,
        ms(&[0]),
        "so there was never a second attempt"
    );
}

#[tokio::test(start_paused = true)]
async fn every_attempt_timing_out_gives_the_last_timeout_error() {
    let mut service = Hanging::new(u32::MAX);
    let limit = Duration::from_millis(500);
    let result = retry(POLICY, async || call_with_limit(&mut service, limit).await).await;
    assert_eq!(result, Err("no answer within 500ms".to_string()));
    assert_eq!(service.calls.len(), 6);
}
