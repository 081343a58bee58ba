use listing_08_11::alerts;
use std::time::Duration;
use tokio::time::{Instant, timeout};

const LIMIT: Duration = Duration::from_secs(60);

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(LIMIT, alerts(vec![20, 25, 31, 28, 35, 33], 30))
        .await
        .expect("the stream never ended: is the channel closed?");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn the_stream_ends_when_the_sender_is_dropped() {
    let start = Instant::now();
    let lines = timeout(LIMIT, alerts(vec![1, 2, 3, 4, 5], 100))
        .await
        .expect("the stream never ended: is the channel closed?");
    assert!(lines.is_empty(), "no reading is above 100");
    assert_eq!(
        start.elapsed(),
        Duration::from_millis(500),
        "it ends with the last send"
    );
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-08-11"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
