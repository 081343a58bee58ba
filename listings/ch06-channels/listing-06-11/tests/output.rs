use listing_06_11::slow_receiver;
use std::time::Duration;
use tokio::sync::broadcast::{self, error::RecvError};
use tokio::time::timeout;

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(Duration::from_secs(60), slow_receiver(4, 10))
        .await
        .expect("slow_receiver never finished");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// ANCHOR: count
#[tokio::test]
async fn lagged_counts_the_messages_the_receiver_missed() {
    let (tx, mut rx) = broadcast::channel(2);
    for i in 0..5 {
        tx.send(i).unwrap();
    }
    // Only the last 2 are kept; 0, 1 and 2 are gone for this receiver.
    assert_eq!(rx.recv().await, Err(RecvError::Lagged(3)));
    // Lagged is not fatal: the receiver goes on from the oldest kept value.
    assert_eq!(rx.recv().await, Ok(3));
    assert_eq!(rx.recv().await, Ok(4));
}
// ANCHOR_END: count

#[tokio::test]
async fn the_capacity_is_rounded_up_to_a_power_of_two() {
    // Asked for 3, got 4: only 10 - 4 = 6 are missed.
    let lines = slow_receiver(3, 10).await;
    assert_eq!(lines[0], "lagged: missed 6");
}

#[tokio::test]
async fn a_receiver_that_keeps_up_never_lags() {
    let (tx, mut rx) = broadcast::channel(2);
    for i in 0..100 {
        tx.send(i).unwrap();
        assert_eq!(rx.recv().await, Ok(i));
    }
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-06-11"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
