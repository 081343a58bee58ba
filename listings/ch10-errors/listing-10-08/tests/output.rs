//! `main` takes 12 seconds of real time; on the paused clock `report` takes
//! none, and the virtual times it prints are exact.
use std::time::Duration;
use tokio::time::timeout;

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(Duration::from_secs(60), listing_10_08::report())
        .await
        .unwrap();
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
