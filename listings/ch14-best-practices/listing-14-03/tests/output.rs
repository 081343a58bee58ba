//! `main` runs for 250 ms and more, so this test calls the function that
//! makes its lines on the paused clock instead of running the binary. The
//! workers are tasks: in a real run their lines may come in another order.
use std::time::Duration;

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = listing_14_03::run_until(tokio::time::sleep(Duration::from_millis(250))).await;
    support::assert_output_unordered(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
