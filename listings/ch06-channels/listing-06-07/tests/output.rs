use listing_06_07::{produce, report, take};
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::timeout;

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(Duration::from_secs(60), report())
        .await
        .expect("report never finished");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn send_to_a_dropped_receiver_hands_the_value_back() {
    let (tx, rx) = mpsc::channel(8);
    drop(rx);
    assert!(tx.is_closed());
    let err = tx.send("lost?").await.unwrap_err();
    assert_eq!(err.0, "lost?", "the error carries the value back");
}

#[tokio::test(start_paused = true)]
async fn the_producer_stops_soon_after_the_consumer_leaves() {
    let (tx, rx) = mpsc::channel(8);
    let producer = tokio::spawn(produce(tx));
    assert_eq!(take(rx, 5).await, [0, 1, 2, 3, 4]);
    let (when, value) = timeout(Duration::from_secs(60), producer)
        .await
        .expect("the producer never noticed that the receiver was gone")
        .unwrap();
    assert_eq!((when, value), (Duration::from_secs(5), 5));
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-06-07"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
