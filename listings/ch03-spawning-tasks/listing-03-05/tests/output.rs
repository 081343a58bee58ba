use std::time::Duration;
use tokio::time::Instant;

const FILES: [(&str, u64); 3] = [("big.iso", 300), ("notes.txt", 100), ("photo.jpg", 200)];

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-03-05"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// Results come in the order the tasks finish, not the order they were spawned.
#[tokio::test(start_paused = true)]
async fn results_come_in_completion_order() {
    let files = [("c", 30), ("a", 10), ("d", 40), ("b", 20)];
    let lines = listing_03_05::download_all(&files).await;
    let names: Vec<&str> = lines.iter().map(|l| l.split(' ').next().unwrap()).collect();
    assert_eq!(names, ["a", "b", "c", "d"]);
}

// All downloads overlap: the total is the longest one, not the sum.
#[tokio::test(start_paused = true)]
async fn the_downloads_run_at_the_same_time() {
    let start = Instant::now();
    let lines = listing_03_05::download_all(&FILES).await;
    assert_eq!(lines.len(), 3);
    assert_eq!(start.elapsed(), Duration::from_millis(300));
}

#[tokio::test(start_paused = true)]
async fn an_empty_list_finishes_at_once() {
    let start = Instant::now();
    assert!(listing_03_05::download_all(&[]).await.is_empty());
    assert_eq!(start.elapsed(), Duration::ZERO);
}
