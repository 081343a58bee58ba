//! Listing 7-8: take the permit before spawning, with `acquire_owned`, so
//! that no more than `permits` tasks ever exist.
// ANCHOR: owned
use std::sync::Arc;
use std::time::Duration;
use support::gauge::Gauge;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

/// Runs `jobs` one-second jobs, at most `permits` at a time. Returns each
/// job's result (its number times ten) in job order, and the most jobs that
/// ran at once.
pub async fn run_jobs(jobs: u32, permits: usize) -> (Vec<u32>, usize) {
    let semaphore = Arc::new(Semaphore::new(permits));
    let in_flight = Arc::new(Gauge::default());
    let mut tasks = JoinSet::new();

    for job in 0..jobs {
        // Wait for a permit *before* spawning. While every permit is out,
        // this loop waits, and no new task is created.
        let permit = Arc::clone(&semaphore).acquire_owned().await.unwrap();
        let in_flight = Arc::clone(&in_flight);
        tasks.spawn(async move {
            let inside = in_flight.enter();
            tokio::time::sleep(Duration::from_secs(1)).await;
            drop(inside); // the job is done: out of the gauge,
            drop(permit); // and the permit, moved into the task, goes back
            job * 10
        });
    }

    let mut results = tasks.join_all().await;
    results.sort();
    (results, in_flight.max())
}
// ANCHOR_END: owned

/// The line `main` prints.
pub fn summary(results: &[u32], max: usize) -> String {
    format!("{} jobs done, at most {max} at once", results.len())
}
