//! Solution: a subscriber that falls behind, and keeps going.
use std::time::Duration;
use tokio::sync::broadcast;

/// What a subscriber saw.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Seen {
    /// The messages it read, in order.
    pub read: Vec<String>,
    /// How many messages it missed because it fell behind.
    pub missed: u64,
}

/// Reads every message it can from `news`, taking `pace` to handle each
/// one, until the sender is gone and nothing is left to read. When it falls
/// so far behind that messages were overwritten, it counts how many it
/// missed and goes on with the oldest message still there.
pub async fn subscribe(mut news: broadcast::Receiver<String>, pace: Duration) -> Seen {
    let mut seen = Seen::default();
    loop {
        match news.recv().await {
            Ok(story) => {
                seen.read.push(story);
                tokio::time::sleep(pace).await; // handle it
            }
            // Fell behind: `n` stories were overwritten. The next `recv`
            // gives the oldest one still in the channel.
            Err(broadcast::error::RecvError::Lagged(n)) => seen.missed += n,
            // The sender is gone and everything left has been read.
            Err(broadcast::error::RecvError::Closed) => return seen,
        }
    }
}
