//! Listing 5-4: `select!` in a loop, with a long job, a progress ticker and a
//! shutdown signal.
use std::future::Future;
use std::time::Duration;
use tokio::time::{Instant, interval_at, sleep};

/// A slow job that eventually produces an answer.
pub async fn slow_job(length: Duration) -> u32 {
    sleep(length).await;
    42
}

// ANCHOR: run
/// Runs the job, reports progress every second, and gives up as soon as
/// `shutdown` completes. Returns what it reported.
pub async fn run(job_length: Duration, shutdown: impl Future<Output = ()>) -> Vec<String> {
    let start = Instant::now();
    let mut report = Vec::new();

    // Created once, before the loop, and pinned: each pass of the loop polls
    // the *same* futures through `&mut`, so they keep their progress.
    let job = slow_job(job_length);
    tokio::pin!(job);
    tokio::pin!(shutdown);

    // `interval` ticks at once; `interval_at` lets the first tick wait a period.
    let period = Duration::from_secs(1);
    let mut progress = interval_at(start + period, period);

    loop {
        tokio::select! {
            biased; // check shutdown first, every time
            _ = &mut shutdown => {
                report.push(format!("{:?}: shutting down, job abandoned", start.elapsed()));
                break;
            }
            answer = &mut job => {
                report.push(format!("{:?}: job done, answer {answer}", start.elapsed()));
                break;
            }
            _ = progress.tick() => {
                report.push(format!("{:?}: still working", start.elapsed()));
            }
        }
    }
    report
}
// ANCHOR_END: run
