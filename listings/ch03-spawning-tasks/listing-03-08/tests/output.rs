use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;
use tokio::time::sleep;

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-03-08"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// Step by step: with no handle left, the task still ticks once a second,
// then ends on its own and drops its clone of the counter.
#[tokio::test(start_paused = true)]
async fn a_detached_task_keeps_ticking() {
    let ticks = Arc::new(AtomicU32::new(0));
    drop(tokio::spawn(listing_03_08::tick_three_times(Arc::clone(
        &ticks,
    ))));
    for expected in 1..=3 {
        sleep(Duration::from_secs(1)).await;
        // Let the task run after its timer fired at the same instant.
        tokio::task::yield_now().await;
        assert_eq!(ticks.load(Ordering::SeqCst), expected);
    }
    sleep(Duration::from_secs(1)).await;
    assert_eq!(
        Arc::strong_count(&ticks),
        1,
        "the finished task dropped its clone"
    );
}

// ANCHOR: shutdown
// Detached is not immortal: when the runtime shuts down (as when `main`
// returns), every task still running is dropped at its current .await.
#[test]
fn a_detached_task_dies_with_the_runtime() {
    let ticks = Arc::new(AtomicU32::new(0));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .start_paused(true)
        .build()
        .unwrap();
    runtime.block_on(async {
        drop(tokio::spawn(listing_03_08::tick_three_times(Arc::clone(
            &ticks,
        ))));
        sleep(Duration::from_millis(1500)).await;
    });
    drop(runtime); // what happens when `main` returns

    assert_eq!(
        ticks.load(Ordering::SeqCst),
        1,
        "one tick before the runtime was dropped"
    );
    assert_eq!(
        Arc::strong_count(&ticks),
        1,
        "the task, with its clone of the counter, is gone"
    );
}
// ANCHOR_END: shutdown
