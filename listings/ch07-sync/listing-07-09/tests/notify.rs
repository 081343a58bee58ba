use listing_07_09::startup;
use std::time::Duration;
use tokio::sync::Notify;
use tokio::time::{Instant, timeout};

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(Duration::from_secs(10), startup())
        .await
        .expect("the worker was never woken");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn the_worker_wakes_when_notified_not_before() {
    let start = Instant::now();
    let lines = timeout(Duration::from_secs(10), startup())
        .await
        .expect("the worker was never woken");
    assert_eq!(
        lines[0], "loader: config loaded, notifying",
        "the worker must not run before the notification"
    );
    assert_eq!(start.elapsed(), Duration::from_millis(100));
}

// ANCHOR: stored
#[tokio::test(start_paused = true)]
async fn a_notification_sent_before_anyone_waits_is_kept() {
    let notify = Notify::new();
    notify.notify_one(); // nobody is waiting yet: a permit is stored

    let start = Instant::now();
    let woke = timeout(Duration::from_secs(1), notify.notified()).await;
    assert!(
        woke.is_ok(),
        "the stored permit lets notified() finish at once"
    );
    assert_eq!(start.elapsed(), Duration::ZERO);
}

#[tokio::test(start_paused = true)]
async fn at_most_one_permit_is_stored() {
    let notify = Notify::new();
    notify.notify_one();
    notify.notify_one(); // the second call adds nothing

    assert!(
        timeout(Duration::from_secs(1), notify.notified())
            .await
            .is_ok()
    );
    let second = timeout(Duration::from_secs(1), notify.notified()).await;
    assert!(
        second.is_err(),
        "two notify_one calls store one permit, not two"
    );
}

#[tokio::test(start_paused = true)]
async fn notify_waiters_stores_nothing() {
    let notify = Notify::new();
    notify.notify_waiters(); // wakes whoever waits *now*: nobody

    let later = timeout(Duration::from_secs(1), notify.notified()).await;
    assert!(
        later.is_err(),
        "notify_waiters keeps no permit for a later waiter"
    );
}
// ANCHOR_END: stored

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-07-09"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
