use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::sleep;

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-03-09"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// ANCHOR: aborts_all
// Dropping the set aborts every task in it: none ticks again, and each one's
// future (with its clone of the counter) is dropped.
#[tokio::test(start_paused = true)]
async fn dropping_the_set_aborts_all_its_tasks() {
    let ticks = Arc::new(AtomicU32::new(0));
    let mut set = JoinSet::new();
    for _ in 0..4 {
        set.spawn(listing_03_09::tick_three_times(Arc::clone(&ticks)));
    }
    sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        ticks.load(Ordering::SeqCst),
        4,
        "each of the 4 tasks ticked once"
    );
    assert_eq!(Arc::strong_count(&ticks), 5);

    drop(set);
    sleep(Duration::from_secs(10)).await;
    assert_eq!(
        ticks.load(Ordering::SeqCst),
        4,
        "no task ticked after the set was dropped"
    );
    assert_eq!(
        Arc::strong_count(&ticks),
        1,
        "the aborted tasks dropped their clones"
    );
}
// ANCHOR_END: aborts_all

// The same tasks in a set that is kept alive run to the end.
#[tokio::test(start_paused = true)]
async fn a_set_kept_alive_lets_its_tasks_finish() {
    let ticks = Arc::new(AtomicU32::new(0));
    let mut set = JoinSet::new();
    for _ in 0..4 {
        set.spawn(listing_03_09::tick_three_times(Arc::clone(&ticks)));
    }
    while let Some(result) = set.join_next().await {
        result.expect("a ticker failed");
    }
    assert_eq!(ticks.load(Ordering::SeqCst), 12);
}
