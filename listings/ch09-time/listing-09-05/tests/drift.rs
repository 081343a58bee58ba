//! The start of each round, measured with tokio's `Instant` on the paused clock.
use listing_09_05::{sleep_after_work, sleep_until_next};
use tokio::time::Duration;

fn ms(values: &[u64]) -> Vec<Duration> {
    values.iter().map(|&v| Duration::from_millis(v)).collect()
}

// ANCHOR: test
#[tokio::test(start_paused = true)]
async fn sleep_after_work_drifts_by_the_work_each_round() {
    let started = sleep_after_work(5, Duration::from_secs(1), Duration::from_millis(300)).await;
    assert_eq!(started, ms(&[0, 1300, 2600, 3900, 5200]));
}

#[tokio::test(start_paused = true)]
async fn sleep_until_the_next_deadline_does_not_drift() {
    let started = sleep_until_next(5, Duration::from_secs(1), Duration::from_millis(300)).await;
    assert_eq!(started, ms(&[0, 1000, 2000, 3000, 4000]));
}
// ANCHOR_END: test

#[tokio::test(start_paused = true)]
async fn a_deadline_already_past_does_not_wait_at_all() {
    // The work takes longer than the period: every deadline is already past
    // when the loop reaches it, so the rounds run back to back.
    let started = sleep_until_next(4, Duration::from_secs(1), Duration::from_millis(1500)).await;
    assert_eq!(started, ms(&[0, 1500, 3000, 4500]));
}
