use listing_07_07::{Report, limited};
use std::time::Duration;
use support::gauge::Gauge;
use tokio::time::{Instant, timeout};

// ANCHOR: gauge
#[test]
fn a_gauge_counts_who_is_inside_at_once() {
    let gauge = Gauge::default();
    let first = gauge.enter(); // one inside
    let second = gauge.enter(); // two inside
    drop(first); // dropping the guard leaves: one inside
    let _third = gauge.enter(); // two again
    drop(second);
    assert_eq!(gauge.max(), 2, "never more than two at the same time");
}
// ANCHOR_END: gauge

async fn run(jobs: usize, permits: usize) -> Report {
    timeout(Duration::from_secs(60), limited(jobs, permits))
        .await
        .expect("the tasks hung")
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-07-07"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn never_more_than_three_at_once_and_every_task_runs() {
    let start = Instant::now();
    let report = run(10, 3).await;
    assert_eq!(
        report.max_in_flight, 3,
        "three permits: three tasks at once, never four"
    );
    for i in 0..10 {
        assert!(
            report.lines.contains(&format!("Task {i} releasing permit")),
            "task {i} never ran"
        );
    }
    // Ten one-second jobs, three at a time: four rounds.
    assert_eq!(start.elapsed(), Duration::from_secs(4));
}

#[tokio::test(start_paused = true)]
async fn one_permit_makes_it_sequential() {
    let start = Instant::now();
    let report = run(5, 1).await;
    assert_eq!(report.max_in_flight, 1);
    assert_eq!(start.elapsed(), Duration::from_secs(5));
}

// The catch in this shape: all ten tasks are spawned at once, and seven of
// them sit in the semaphore's queue. Fine for ten; not for a million.
#[tokio::test(start_paused = true)]
async fn every_task_exists_from_the_start() {
    let run = tokio::spawn(limited(10, 3));
    // Half a second in: three tasks sleep with a permit, seven wait for one.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let alive = tokio::runtime::Handle::current()
        .metrics()
        .num_alive_tasks();
    assert_eq!(
        alive,
        10 + 1,
        "ten job tasks, plus the task running `limited`"
    );
    let report = timeout(Duration::from_secs(60), run)
        .await
        .expect("the tasks hung")
        .unwrap();
    assert_eq!(report.max_in_flight, 3);
}
