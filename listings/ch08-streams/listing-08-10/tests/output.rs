use listing_08_10::{Job, as_they_finish, in_order, one_at_a_time, report};
use std::time::Duration;
use support::gauge::Gauge;
use tokio::time::{Instant, timeout};

const LIMIT: Duration = Duration::from_secs(60);

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(LIMIT, report())
        .await
        .expect("a strategy never finished");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

/// Ten jobs of one second each.
fn ten_jobs() -> Vec<Job> {
    (0..10).map(|id| (id, Duration::from_secs(1))).collect()
}

#[tokio::test(start_paused = true)]
async fn then_runs_one_job_at_a_time() {
    let gauge = Gauge::default();
    let start = Instant::now();
    let ids = timeout(LIMIT, one_at_a_time(ten_jobs(), &gauge))
        .await
        .unwrap();
    assert_eq!(ids, (0..10).collect::<Vec<_>>());
    assert_eq!(start.elapsed(), Duration::from_secs(10));
    assert_eq!(gauge.max(), 1);
}

// ANCHOR: bound
#[tokio::test(start_paused = true)]
async fn buffer_unordered_keeps_the_limit_busy_and_never_exceeds_it() {
    let gauge = Gauge::default();
    let start = Instant::now();
    let mut ids = timeout(LIMIT, as_they_finish(ten_jobs(), &gauge, 3))
        .await
        .unwrap();
    // 10 jobs, 3 at a time: 4 rounds of one second.
    assert_eq!(start.elapsed(), Duration::from_secs(4));
    assert_eq!(gauge.max(), 3);
    ids.sort();
    assert_eq!(ids, (0..10).collect::<Vec<_>>(), "every job ran once");
}
// ANCHOR_END: bound

#[tokio::test(start_paused = true)]
async fn buffered_waits_for_the_slow_head_of_the_line() {
    let gauge = Gauge::default();
    let start = Instant::now();
    let ids = timeout(LIMIT, in_order(listing_08_10::jobs(), &gauge, 2))
        .await
        .unwrap();
    assert_eq!(ids, [0, 1, 2, 3]);
    // Job 1 is done at 0.1 s, but its slot stays taken until job 0 is
    // yielded at 0.5 s: jobs 2 and 3 only start then.
    assert_eq!(start.elapsed(), Duration::from_millis(700));
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-08-10"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
