use listing_15_12::{produce, produce_ignoring, read_some, report};
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{Instant, timeout};

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(Duration::from_secs(10), report())
        .await
        .expect("report hung");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn ignoring_send_errors_works_for_no_one() {
    let (tx, rx) = mpsc::channel(1);
    let consumer = tokio::spawn(read_some(rx, 3));
    let start = Instant::now();
    let made = timeout(Duration::from_secs(60), produce_ignoring(tx, 100))
        .await
        .expect("hung");
    assert_eq!(
        consumer.await.unwrap().len(),
        3,
        "the consumer read three and left"
    );
    assert_eq!(made, 100, "97 reports were made for nobody");
    assert_eq!(
        start.elapsed(),
        Duration::from_secs(1),
        "100 x 10 ms of wasted work"
    );
}

#[tokio::test(start_paused = true)]
async fn checking_send_stops_at_the_first_failure() {
    let (tx, rx) = mpsc::channel(1);
    let consumer = tokio::spawn(read_some(rx, 3));
    let start = Instant::now();
    let result = timeout(Duration::from_secs(60), produce(tx, 100))
        .await
        .expect("hung");
    assert_eq!(consumer.await.unwrap().len(), 3);
    let error = result.expect_err("the receiver is gone: send must fail");
    assert_eq!(
        error.0, "report 3",
        "the undelivered report comes back in the error"
    );
    assert_eq!(
        start.elapsed(),
        Duration::from_millis(40),
        "four reports made, then it stopped"
    );
}

// The real binary: it prints what the book shows.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin(
        env!("CARGO_BIN_EXE_listing-15-12"),
        std::time::Duration::from_secs(60),
    );
    assert!(run.success, "{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
