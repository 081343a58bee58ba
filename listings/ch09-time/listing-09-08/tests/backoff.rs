//! The exact virtual time of every attempt.
use listing_09_08::{Backoff, Flaky, POLICY, retry};
use tokio::time::{Duration, Instant};

fn ms(values: &[u64]) -> Vec<Duration> {
    values.iter().map(|&v| Duration::from_millis(v)).collect()
}

#[test]
fn the_delay_doubles_up_to_the_cap() {
    let delays: Vec<Duration> = (1..=7).map(|n| POLICY.delay(n)).collect();
    assert_eq!(delays, ms(&[100, 200, 400, 800, 1000, 1000, 1000]));
}

#[test]
fn a_huge_attempt_number_does_not_overflow() {
    assert_eq!(POLICY.delay(u32::MAX), Duration::from_secs(1));
}

// ANCHOR: test
#[tokio::test(start_paused = true)]
async fn retries_until_the_call_succeeds() {
    let start = Instant::now();
    let mut service = Flaky::new(3);
    let result = retry(POLICY, async || service.call().await).await;

    assert_eq!(result, Ok("report"));
    assert_eq!(service.calls, ms(&[0, 100, 300, 700]));
    assert_eq!(start.elapsed(), Duration::from_millis(700));
}

#[tokio::test(start_paused = true)]
async fn gives_up_after_the_last_attempt_without_waiting_again() {
    let start = Instant::now();
    let mut service = Flaky::new(u32::MAX);
    let result = retry(POLICY, async || service.call().await).await;

    assert_eq!(result, Err("failure 6".to_string()), "the last error");
    assert_eq!(service.calls, ms(&[0, 100, 300, 700, 1500, 2500]));
    assert_eq!(start.elapsed(), Duration::from_millis(2500));
}
// ANCHOR_END: test

#[tokio::test(start_paused = true)]
async fn one_attempt_means_no_retry() {
    let policy = Backoff {
        max_attempts: 1,
        ..POLICY
    };
    let mut service = Flaky::new(1);
    let result = retry(policy, async || service.call().await).await;
    assert_eq!(result, Err("failure 1".to_string()));
    assert_eq!(service.calls, ms(&[0]));
}
