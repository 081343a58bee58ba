//! A timeout stops a future only where it waits.
use listing_09_02::{Log, three_steps};
use tokio::time::{Duration, Instant, timeout};

#[tokio::test(start_paused = true)]
async fn the_third_step_never_finishes() {
    let log = Log::new();
    let result = timeout(Duration::from_millis(2500), three_steps(&log)).await;
    assert!(result.is_err());
    let lines = log.lines();
    assert!(lines.contains(&"2.0 s: step 3 started".to_string()));
    assert!(
        !lines.iter().any(|l| l.contains("step 3 done")),
        "the code after the cancelled .await must never run: {lines:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn with_time_enough_every_step_runs() {
    let log = Log::new();
    let result = timeout(Duration::from_secs(4), three_steps(&log)).await;
    assert_eq!(result, Ok("all steps done"));
    let lines = log.lines();
    assert_eq!(lines.last().unwrap(), "3.0 s: cleanup: the job is dropped");
}

// ANCHOR: never_awaits
/// No `.await` inside: once polled, it runs to the end.
async fn busy_sum() -> u64 {
    (1..=1_000_000u64).sum()
}

#[tokio::test(start_paused = true)]
async fn a_future_that_never_awaits_cannot_be_cut_short() {
    let start = Instant::now();
    // Even a limit of zero: `timeout` polls the future first, and the future
    // does not give control back until it is done.
    let result = timeout(Duration::ZERO, busy_sum()).await;
    assert_eq!(result, Ok(500_000_500_000));
    assert_eq!(start.elapsed(), Duration::ZERO);
}
// ANCHOR_END: never_awaits
