use std::time::Duration;
use tokio::time::{Instant, timeout};

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    // What `main` prints, computed on the paused clock. (The binary itself
    // waits two real seconds, and prints whole seconds of the real clock: a
    // busy machine could make that 3s. So the test calls the library.)
    let line = timeout(Duration::from_secs(60), listing_06_06::summary(3, 6))
        .await
        .expect("worker_pool never finished");
    support::assert_output(
        &line,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn every_job_is_done_exactly_once_and_shared_out() {
    let start = Instant::now();
    let per_worker = timeout(Duration::from_secs(60), listing_06_06::worker_pool(4, 40))
        .await
        .expect("worker_pool never finished");
    assert_eq!(
        start.elapsed(),
        Duration::from_secs(10),
        "40 one-second jobs on 4 workers should take 10s: is the lock held during the work?"
    );
    for (i, jobs) in per_worker.iter().enumerate() {
        assert_eq!(
            jobs.len(),
            10,
            "worker {i} did {jobs:?}: the jobs are not shared out evenly"
        );
    }
    let mut all: Vec<u32> = per_worker.into_iter().flatten().collect();
    all.sort();
    assert_eq!(all, (0..40).collect::<Vec<_>>());
}
