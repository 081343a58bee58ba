//! Exercise: a subscriber that falls behind, and keeps going.
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
    // TODO
    let _ = (&mut news, pace, &mut seen);
    todo!("read until the channel is closed, counting what was missed")
}
