use tokio::sync::mpsc::{self, error::TrySendError};

// ANCHOR: try_fill
/// Offers `items` numbers to a channel with room for `capacity`, while
/// nobody receives, and says what `try_send` answered for each.
pub fn try_fill(capacity: usize, items: u32) -> Vec<String> {
    let (tx, _rx) = mpsc::channel(capacity);
    (0..items)
        .map(|i| match tx.try_send(i) {
            Ok(()) => format!("{i}: queued"),
            // The value comes back: nothing is lost unless we drop it.
            Err(TrySendError::Full(v)) => format!("{v}: full, handed back"),
            Err(TrySendError::Closed(v)) => format!("{v}: closed, handed back"),
        })
        .collect()
}
// ANCHOR_END: try_fill
