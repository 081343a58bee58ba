use listing_07_08::{run_jobs, summary};
use std::time::Duration;
use tokio::time::{Instant, timeout};

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let (results, max) = timeout(Duration::from_secs(60), run_jobs(10, 3))
        .await
        .expect("the jobs hung");
    support::assert_output(
        &summary(&results, max),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn every_job_runs_at_most_three_at_once() {
    let start = Instant::now();
    let (results, max) = timeout(Duration::from_secs(60), run_jobs(10, 3))
        .await
        .expect("the jobs hung");
    assert_eq!(
        results,
        (0..10).map(|j| j * 10).collect::<Vec<_>>(),
        "every job's result, once"
    );
    assert_eq!(max, 3, "three permits: three jobs at once, never four");
    assert_eq!(
        start.elapsed(),
        Duration::from_secs(4),
        "ten jobs, three at a time: four rounds"
    );
}

// Unlike listing 7-7, the tasks waiting for a permit are never created.
#[tokio::test(start_paused = true)]
async fn no_more_tasks_exist_than_permits() {
    let run = tokio::spawn(run_jobs(10, 3));
    tokio::time::sleep(Duration::from_millis(500)).await;
    let alive = tokio::runtime::Handle::current()
        .metrics()
        .num_alive_tasks();
    assert_eq!(
        alive,
        3 + 1,
        "three job tasks, plus the task running `run_jobs`"
    );
    let (results, _) = timeout(Duration::from_secs(60), run)
        .await
        .expect("the jobs hung")
        .unwrap();
    assert_eq!(results.len(), 10);
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-07-08"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
