use listing_05_10::{Log, lines, load_page};
use std::time::Duration;
use tokio::time::{Instant, sleep};

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let log = Log::default();
    let _ = load_page(log.clone()).await;
    support::assert_output(
        &lines(&log).join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn the_first_error_returns_at_once_and_drops_the_slow_branch() {
    let log = Log::default();
    let start = Instant::now();
    let result = load_page(log.clone()).await;
    assert_eq!(result, Err("orders service unavailable".to_string()));
    // One second, when the orders failed: not three, when the user would load.
    assert_eq!(start.elapsed(), Duration::from_secs(1));
    assert!(lines(&log).contains(&"user: dropped before it finished".to_string()));
    // The user lookup never completes later: it no longer exists.
    sleep(Duration::from_secs(10)).await;
    assert!(
        !lines(&log).iter().any(|l| l == "user: loaded"),
        "{:?}",
        lines(&log)
    );
}

#[tokio::test(start_paused = true)]
async fn join_would_wait_for_both_and_return_both_results() {
    let log = Log::default();
    let start = Instant::now();
    let (user, orders) = listing_05_10::load_page_with_join(log.clone()).await;
    assert_eq!(start.elapsed(), Duration::from_secs(3));
    assert_eq!(user, Ok("ada".to_string()));
    assert_eq!(orders, Err("orders service unavailable".to_string()));
    assert!(lines(&log).contains(&"user: loaded".to_string()));
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-05-10"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
