use std::time::Duration;
use tokio::time::Instant;

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-03-02"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// One after the other, the tasks would take 1 + 2 + 3 = 6 seconds. Spawned,
// they run together: the whole thing takes as long as the slowest, 3 seconds.
#[tokio::test(start_paused = true)]
async fn the_tasks_run_at_the_same_time() {
    let start = Instant::now();
    listing_03_02::three_tasks().await;
    assert_eq!(start.elapsed(), Duration::from_secs(3));
}

// ANCHOR: eager
// A spawned task runs even before anyone awaits its handle (unlike a plain
// future, which does nothing until it is awaited).
#[tokio::test(start_paused = true)]
async fn a_spawned_task_starts_without_being_awaited() {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let handle = tokio::spawn(async move {
        tx.send("started").unwrap();
    });
    // Give the runtime a turn without touching the handle.
    tokio::task::yield_now().await;
    assert_eq!(rx.try_recv(), Ok("started"));
    handle.await.unwrap();
}
// ANCHOR_END: eager
