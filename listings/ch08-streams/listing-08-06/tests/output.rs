use futures::StreamExt;
use listing_08_06::{Api, items, report};
use std::time::Duration;
use tokio::time::timeout;

const LIMIT: Duration = Duration::from_secs(60);

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let api = Api::default();
    let lines = timeout(LIMIT, report(&api))
        .await
        .expect("the items never ended");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
    assert_eq!(api.fetches(), 3);
}

#[tokio::test(start_paused = true)]
async fn fetches_a_page_only_when_its_items_are_wanted() {
    let api = Api::default();
    let first_four: Vec<u32> = timeout(LIMIT, items(&api).take(4).collect()).await.unwrap();
    assert_eq!(first_four, [1, 2, 3, 4]);
    assert_eq!(api.fetches(), 2, "the third page is never fetched");
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-08-06"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
