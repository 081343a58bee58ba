use std::time::Duration;
use tokio::sync::watch;
use tokio::time::timeout;

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(Duration::from_secs(60), listing_06_12::log_levels())
        .await
        .expect("log_levels never finished");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// ANCHOR: seen
#[tokio::test(start_paused = true)]
async fn receivers_see_only_the_newest_value() {
    let (tx, mut rx) = watch::channel(0);
    for i in 1..=3 {
        tx.send(i).unwrap();
    }
    // Three sends, one change to see: the latest value.
    rx.changed().await.unwrap();
    assert_eq!(*rx.borrow_and_update(), 3);
    // Nothing new since: `changed` would wait.
    assert!(!rx.has_changed().unwrap());
    let waited = timeout(Duration::from_secs(60), rx.changed()).await;
    assert!(waited.is_err(), "changed() must wait for a new value");
}

#[test]
fn borrow_does_not_mark_the_value_seen() {
    let (tx, mut rx) = watch::channel("a");
    tx.send("b").unwrap();
    assert_eq!(*rx.borrow(), "b");
    assert!(
        rx.has_changed().unwrap(),
        "borrow() leaves the value unseen"
    );
    assert_eq!(*rx.borrow_and_update(), "b");
    assert!(
        !rx.has_changed().unwrap(),
        "borrow_and_update() marks it seen"
    );
}
// ANCHOR_END: seen

#[test]
fn send_fails_without_receivers_but_send_replace_does_not() {
    let (tx, rx) = watch::channel(1);
    drop(rx);
    assert!(tx.send(2).is_err(), "no receiver: send refuses the value");
    assert_eq!(*tx.borrow(), 1, "and the value is not stored");
    assert_eq!(tx.send_replace(3), 1, "send_replace stores it anyway");
    assert_eq!(*tx.borrow(), 3);
    // A receiver that subscribes later sees it.
    assert_eq!(*tx.subscribe().borrow(), 3);
}

#[tokio::test]
async fn a_changed_loop_with_borrow_sees_a_value_twice() {
    let (tx, mut rx) = watch::channel(0);
    let mut handled = Vec::new();
    tx.send(1).unwrap();
    rx.changed().await.unwrap(); // marks 1 as seen
    tx.send(2).unwrap(); // arrives before the read
    handled.push(*rx.borrow()); // reads 2, leaves it unseen
    rx.changed().await.unwrap(); // so this returns at once
    handled.push(*rx.borrow()); // and 2 is handled again
    assert_eq!(handled, [2, 2]);
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-06-12"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
