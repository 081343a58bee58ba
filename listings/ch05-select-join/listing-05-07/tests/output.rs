use listing_05_07::{MESSAGES, describe, receive, slow_sender};
use std::time::Duration;
use tokio::time::timeout;

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let received = timeout(Duration::from_secs(60), receive(slow_sender()))
        .await
        .expect("receive hung");
    support::assert_output(
        &describe(&received).join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn every_message_arrives_intact_despite_the_ticks() {
    let received = timeout(Duration::from_secs(60), receive(slow_sender()))
        .await
        .expect("receive hung");
    assert_eq!(received.messages, MESSAGES);
    // The heartbeat did fire in the middle of messages, at 650, 1300, 1950
    // and 2600 ms; this time it cost nothing.
    assert_eq!(received.ticks, 4);
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-05-07"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
