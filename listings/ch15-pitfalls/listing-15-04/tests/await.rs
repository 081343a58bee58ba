use listing_15_04::{handle_order, handle_order_forgetful};
use std::sync::Mutex;
use std::time::Duration;

#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-15-04"), Duration::from_secs(30));
    assert!(run.success, "the listing failed:\n{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// ANCHOR: never_runs
// Not "later": never. Even an hour of (virtual) waiting does not run a
// future that was dropped without being awaited.
#[tokio::test(start_paused = true)]
async fn an_unawaited_future_never_runs() {
    let log = Mutex::new(Vec::new());
    handle_order_forgetful(&log).await;
    tokio::time::sleep(Duration::from_secs(3600)).await;
    assert!(
        log.lock().unwrap().is_empty(),
        "nothing was recorded: the futures were dropped unpolled"
    );
}
// ANCHOR_END: never_runs

#[tokio::test]
async fn awaited_futures_run_in_order() {
    let log = Mutex::new(Vec::new());
    handle_order(&log).await;
    assert_eq!(*log.lock().unwrap(), ["order received", "order shipped"]);
}
