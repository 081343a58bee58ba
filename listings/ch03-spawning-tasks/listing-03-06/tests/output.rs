use std::time::Duration;
use tokio::time::{Instant, timeout};

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(Duration::from_secs(120), listing_03_06::abort_slow_task())
        .await
        .expect("abort_slow_task did not finish");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// The abort takes effect at once: main does not wait out the task's minute.
#[tokio::test(start_paused = true)]
async fn abort_does_not_wait_for_the_task() {
    let start = Instant::now();
    listing_03_06::abort_slow_task().await;
    assert_eq!(start.elapsed(), Duration::from_secs(1));
}

// Aborting a task that has already finished changes nothing: its output is kept.
#[tokio::test(start_paused = true)]
async fn aborting_a_finished_task_keeps_its_output() {
    let handle = tokio::spawn(async { 7 });
    while !handle.is_finished() {
        tokio::task::yield_now().await;
    }
    handle.abort();
    assert_eq!(handle.await.expect("a finished task is not cancelled"), 7);
}

// ANCHOR: after_await
// What abort really does: it drops the task's future at its next .await, so
// the code after that .await never runs.
#[tokio::test(start_paused = true)]
async fn code_after_the_await_never_runs() {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let handle = tokio::spawn(async move {
        tx.send("before").unwrap();
        tokio::time::sleep(Duration::from_secs(60)).await;
        tx.send("after").unwrap();
    });
    tokio::task::yield_now().await;
    handle.abort();
    let err = handle.await.unwrap_err();
    assert!(err.is_cancelled() && !err.is_panic());
    assert_eq!(rx.recv().await, Some("before"));
    assert_eq!(
        rx.recv().await,
        None,
        "the sender was dropped with the task, never used again"
    );
}
// ANCHOR_END: after_await

#[test]
fn the_program_prints_it_too() {
    // The real binary, on the real clock: one real second; the task it aborts would sleep a minute.
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-03-06"));
    assert!(run.success, "the program failed: {}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
