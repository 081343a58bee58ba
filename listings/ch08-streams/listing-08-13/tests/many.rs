use std::time::Duration;
use tokio::time::Instant;

#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-08-13"), Duration::from_secs(10));
    assert!(run.success, "{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// Pages load concurrently: the whole walk takes the longest path (10 + 40 +
// 30 ms), not the sum of every page's time.
#[tokio::test(start_paused = true)]
async fn the_crawl_runs_its_fetches_concurrently() {
    let start = Instant::now();
    let pages = listing_08_13::crawl().await;
    assert_eq!(pages, ["/", "/about", "/blog", "/blog/1", "/blog/2"]);
    assert_eq!(start.elapsed(), Duration::from_millis(80));
}

#[tokio::test(start_paused = true)]
async fn merge_interleaves_by_arrival() {
    let items = listing_08_13::merged().await;
    assert_eq!(items, ["fast 0", "fast 1", "slow 0", "fast 2", "slow 1"]);
}

#[tokio::test(start_paused = true)]
async fn a_removed_stream_yields_nothing_more() {
    let seen = listing_08_13::keyed().await;
    assert_eq!(seen.len(), 4, "{seen:?}");
    assert!(
        !seen.iter().any(|line| line.ends_with("fast 2")),
        "{seen:?}"
    );
    assert!(seen[3].ends_with("slow: slow 1"), "{seen:?}");
}
