use listing_05_11::{fetch_all, report};
use std::time::Duration;
use tokio::time::Instant;

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = report(&[3, 1, 2]).await;
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn outputs_keep_the_input_order_and_the_waits_overlap() {
    let start = Instant::now();
    let items = fetch_all(&[3, 1, 2]).await;
    // Item 1 finished first, yet it is second: the order of the input.
    assert_eq!(items, ["item 3", "item 1", "item 2"]);
    // The longest lookup, not the sum of all three (600 ms).
    assert_eq!(start.elapsed(), Duration::from_millis(300));
}

#[tokio::test(start_paused = true)]
async fn the_number_of_futures_is_only_known_at_run_time() {
    let ids: Vec<u64> = (1..=50).collect();
    let start = Instant::now();
    let items = fetch_all(&ids).await;
    assert_eq!(items.len(), 50);
    assert_eq!(items[49], "item 50");
    assert_eq!(start.elapsed(), Duration::from_secs(5));
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-05-11"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
