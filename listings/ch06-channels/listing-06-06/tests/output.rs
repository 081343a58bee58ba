use std::time::Duration;
use tokio::time::{Instant, timeout};

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-06-06"));
    support::assert_output(
        &run.stdout,
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
