use futures::StreamExt;
use listing_08_05::{Api, items, report};
use std::time::Duration;
use tokio::time::{Instant, timeout};

const LIMIT: Duration = Duration::from_secs(60);

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let api = Api::default();
    let lines = timeout(LIMIT, report(&api))
        .await
        .expect("the pages never ended");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn yields_every_item_of_every_page_including_the_last() {
    let api = Api::default();
    let start = Instant::now();
    let all: Vec<u32> = timeout(LIMIT, items(&api).collect()).await.unwrap();
    assert_eq!(all, (1..=9).collect::<Vec<_>>());
    assert_eq!(api.fetches(), 3);
    assert_eq!(
        start.elapsed(),
        Duration::from_millis(300),
        "one page after the other"
    );
}

#[tokio::test(start_paused = true)]
async fn fetches_a_page_only_when_its_items_are_wanted() {
    let api = Api::default();
    let first_two: Vec<u32> = timeout(LIMIT, items(&api).take(2).collect()).await.unwrap();
    assert_eq!(first_two, [1, 2]);
    assert_eq!(api.fetches(), 1, "two items fit in the first page");

    let api = Api::default();
    let first_four: Vec<u32> = timeout(LIMIT, items(&api).take(4).collect()).await.unwrap();
    assert_eq!(first_four, [1, 2, 3, 4]);
    assert_eq!(api.fetches(), 2);
}

#[tokio::test(start_paused = true)]
async fn nothing_is_fetched_until_the_stream_is_polled() {
    let api = Api::default();
    let stream = items(&api);
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(api.fetches(), 0, "a stream, like a future, is lazy");
    drop(stream);
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-08-05"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
