use listing_15_09::{broadcast_queue, report, shared_queue, times_done};
use std::collections::BTreeSet;
use std::time::Duration;
use tokio::time::{Instant, timeout};

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(Duration::from_secs(10), report())
        .await
        .expect("report hung");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn broadcast_does_every_job_once_per_worker() {
    let done = timeout(Duration::from_secs(10), broadcast_queue(10, 3))
        .await
        .expect("hung");
    assert_eq!(done.len(), 30, "10 jobs, 3 workers, 30 runs");
    assert_eq!(
        times_done(&done, 10),
        vec![3; 10],
        "every job was done three times"
    );
}

#[tokio::test(start_paused = true)]
async fn a_shared_mpsc_receiver_does_every_job_exactly_once() {
    let start = Instant::now();
    let done = timeout(Duration::from_secs(10), shared_queue(10, 3))
        .await
        .expect("hung");
    assert_eq!(done.len(), 10);
    assert_eq!(times_done(&done, 10), vec![1; 10], "every job exactly once");
    let workers: BTreeSet<usize> = done.iter().map(|(w, _)| *w).collect();
    assert_eq!(workers.len(), 3, "all three workers took jobs");
    // 10 jobs of 10 ms on 3 workers: 4 rounds.
    assert_eq!(start.elapsed(), Duration::from_millis(40));
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-15-09"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
