use listing_05_04::run;
use std::future::pending;
use std::time::Duration;
use tokio::time::{Instant, sleep, timeout};

const LIMIT: Duration = Duration::from_secs(60);

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-05-04"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn the_job_keeps_its_progress_across_loop_passes() {
    // Three ticks interrupt the job; had each pass restarted it, a 3.5 s job
    // would never finish. It finishes at 3.5 s exactly.
    let start = Instant::now();
    let lines = timeout(LIMIT, run(Duration::from_millis(3500), pending()))
        .await
        .expect("run did not finish");
    assert_eq!(start.elapsed(), Duration::from_millis(3500));
    assert_eq!(lines.len(), 4, "{lines:?}");
}

#[tokio::test(start_paused = true)]
async fn shutdown_stops_the_loop_early() {
    let start = Instant::now();
    let shutdown = sleep(Duration::from_millis(1500));
    let lines = timeout(LIMIT, run(Duration::from_secs(10), shutdown))
        .await
        .expect("run did not finish");
    assert_eq!(start.elapsed(), Duration::from_millis(1500));
    assert_eq!(
        lines,
        ["1s: still working", "1.5s: shutting down, job abandoned"],
    );
}

#[tokio::test(start_paused = true)]
async fn biased_checks_shutdown_before_a_ready_job() {
    // Both are ready at the first poll: shutdown is listed first, so it wins,
    // every time. Without `biased;` the job would win about half the races.
    for _ in 0..100 {
        let lines = run(Duration::ZERO, async {}).await;
        assert_eq!(lines, ["0ns: shutting down, job abandoned"]);
    }
}
