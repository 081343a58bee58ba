use listing_10_08::{Log, PageError, load_page};
use std::time::Duration;
use tokio::time::Instant;

#[tokio::test(start_paused = true)]
async fn try_join_returns_at_the_first_error_and_drops_the_rest() {
    let start = Instant::now();
    let log = Log::new();
    assert_eq!(load_page(&log).await, Err(PageError::Unavailable("orders")));
    assert_eq!(
        start.elapsed(),
        Duration::from_secs(2),
        "it did not wait for prefs"
    );

    // Long after, prefs still has not logged: its future was dropped.
    tokio::time::sleep(Duration::from_secs(60)).await;
    let lines = log.lines();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(!lines.iter().any(|l| l.contains("prefs")), "{lines:?}");
}
