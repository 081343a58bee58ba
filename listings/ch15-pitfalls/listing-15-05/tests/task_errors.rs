use listing_15_05::{
    Done, items, process_all_detached, process_all_handles, process_all_set, report,
};
use std::sync::Arc;
use std::time::Duration;
use tokio::time::timeout;

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
async fn detached_tasks_lose_the_error_and_the_panic() {
    let done = Done::default();
    let result = process_all_detached(items(), Arc::clone(&done)).await;
    assert_eq!(result, Ok(()), "the caller is told everything went well");
    assert!(
        done.lock().unwrap().is_empty(),
        "it said so before any work was done"
    );
    tokio::time::sleep(Duration::from_secs(1)).await;
    let mut processed = done.lock().unwrap().clone();
    processed.sort();
    assert_eq!(
        processed,
        ["a", "b", "c"],
        "two of five items were silently lost"
    );
}

#[tokio::test(start_paused = true)]
async fn kept_handles_report_the_error_and_the_panic() {
    let done = Done::default();
    let result = timeout(Duration::from_secs(10), process_all_handles(items(), done))
        .await
        .expect("hung");
    assert_eq!(
        result,
        Err(vec![
            "cannot process \"bad\"".to_string(),
            "panicked: crashed on \"boom\"".to_string(),
        ])
    );
    let done = Done::default();
    let all_good = ["x", "y"].map(String::from).to_vec();
    let result = process_all_handles(all_good, Arc::clone(&done)).await;
    assert_eq!(result, Ok(2));
    assert_eq!(
        done.lock().unwrap().len(),
        2,
        "Ok comes only after the work is done"
    );
}

#[tokio::test(start_paused = true)]
async fn a_joinset_reports_the_error_and_the_panic() {
    let done = Done::default();
    let result = timeout(Duration::from_secs(10), process_all_set(items(), done))
        .await
        .expect("hung");
    let mut problems = result.expect_err("two items failed");
    problems.sort();
    assert_eq!(
        problems,
        ["cannot process \"bad\"", "panicked: crashed on \"boom\""]
    );
    let done = Done::default();
    let all_good = ["x", "y", "z"].map(String::from).to_vec();
    assert_eq!(process_all_set(all_good, Arc::clone(&done)).await, Ok(3));
    assert_eq!(done.lock().unwrap().len(), 3);
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-15-05"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
