use listing_05_05::run_restarting;
use std::time::Duration;
use tokio::time::{sleep, timeout};

#[tokio::test(start_paused = true)]
async fn a_job_restarted_every_pass_never_finishes() {
    // The job needs 3.5 s. Give it ten and a half: the ticker interrupts it
    // every second, each pass starts a new job, and none ever reaches 3.5 s.
    let shutdown = sleep(Duration::from_millis(10_500));
    let lines = timeout(
        Duration::from_secs(60),
        run_restarting(Duration::from_millis(3500), shutdown),
    )
    .await
    .expect("run_restarting did not stop at the shutdown signal");
    assert!(!lines.iter().any(|l| l.contains("job done")), "{lines:?}");
    assert_eq!(lines.len(), 11, "ten ticks, then the shutdown: {lines:?}");
    assert_eq!(lines[10], "10.5s: shutting down, job abandoned");
}

#[tokio::test(start_paused = true)]
async fn it_only_finishes_a_job_shorter_than_the_tick() {
    // A job shorter than one period completes before the first tick.
    let lines = run_restarting(Duration::from_millis(500), std::future::pending()).await;
    assert_eq!(lines, ["500ms: job done, answer 42"]);
}
