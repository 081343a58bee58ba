//! Listing 5-1: race a timer against an operation with `tokio::select!`.
use std::time::Duration;
use tokio::time::sleep;

// ANCHOR: race
/// The operation we are racing: it takes two seconds.
pub async fn async_operation() {
    sleep(Duration::from_secs(2)).await;
}

/// Waits for whichever finishes first, the one-second timer or the
/// operation, and says which one it was.
pub async fn race() -> &'static str {
    tokio::select! {
        _ = sleep(Duration::from_secs(1)) => {
            "Timer finished first"
        }
        _ = async_operation() => {
            "Operation finished first"
        }
    }
}
// ANCHOR_END: race
