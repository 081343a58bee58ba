use std::time::Duration;
use tokio::sync::broadcast;
use tokio::time::timeout;

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(Duration::from_secs(60), listing_06_10::fan_out())
        .await
        .expect("fan_out never finished");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[test]
fn send_reports_how_many_receivers_and_fails_with_none() {
    let (tx, rx) = broadcast::channel(4);
    let rx2 = tx.subscribe();
    assert_eq!(tx.send(1).unwrap(), 2, "two receivers will see it");
    drop((rx, rx2));
    let err = tx.send(2).unwrap_err();
    assert_eq!(err.0, 2, "no receiver: the value is handed back");
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-06-10"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
