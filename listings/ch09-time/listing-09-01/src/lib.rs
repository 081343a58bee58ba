//! Listing 9-1: give a slow operation two seconds, then give up.
use tokio::time::{Duration, sleep, timeout};

// ANCHOR: all
/// Stands in for work that takes five seconds.
pub async fn slow_operation() -> String {
    sleep(Duration::from_secs(5)).await;
    String::from("done")
}

/// Races `slow_operation` against a two-second limit and returns the line
/// that `main` prints.
pub async fn run() -> String {
    match timeout(Duration::from_secs(2), slow_operation()).await {
        Ok(result) => format!("Success: {result}"),
        Err(_) => String::from("Operation timed out"),
    }
}
// ANCHOR_END: all
