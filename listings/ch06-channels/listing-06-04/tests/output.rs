use std::time::Duration;
use tokio::time::timeout;

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(Duration::from_secs(60), listing_06_04::report(1_000_000))
        .await
        .expect("report never finished");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn the_bounded_backlog_never_exceeds_its_capacity() {
    for capacity in [1, 8, 64] {
        let (queued, done) = listing_06_04::bounded_backlog(capacity, 10_000).await;
        assert_eq!(queued, capacity);
        assert!(!done, "the producer must be waiting on the full channel");
    }
}

#[tokio::test(start_paused = true)]
async fn the_unbounded_backlog_grows_with_the_producer() {
    for items in [10, 1_000, 100_000] {
        let (queued, done) = listing_06_04::unbounded_backlog(items).await;
        assert_eq!(queued, items as usize, "every message waits in memory");
        assert!(done);
    }
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-06-04"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
