//! Listing 5-5: three ways to get a `select!` loop wrong. Two do not compile
//! (see `tests/ui/`); this one compiles and never finishes the job.
use std::future::Future;
use std::time::Duration;
use tokio::time::{Instant, interval_at, sleep};

/// A slow job that eventually produces an answer.
pub async fn slow_job(length: Duration) -> u32 {
    sleep(length).await;
    42
}

// ANCHOR: restarting
/// WRONG: `slow_job(...)` is called inside `select!`, so every pass of the
/// loop builds a new job and drops the old one, with its progress.
pub async fn run_restarting(
    job_length: Duration,
    shutdown: impl Future<Output = ()>,
) -> Vec<String> {
    let start = Instant::now();
    let mut report = Vec::new();
    tokio::pin!(shutdown);
    let period = Duration::from_secs(1);
    let mut progress = interval_at(start + period, period);

    loop {
        tokio::select! {
            biased;
            _ = &mut shutdown => {
                report.push(format!("{:?}: shutting down, job abandoned", start.elapsed()));
                break;
            }
            answer = slow_job(job_length) => { // a fresh job, every pass
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
// ANCHOR_END: restarting
