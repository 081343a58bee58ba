use tokio::sync::broadcast::{self, error::RecvError};

// ANCHOR: lagged
/// Sends `sent` numbers into a broadcast channel of `capacity` before the
/// receiver reads any, then reports what the receiver sees.
pub async fn slow_receiver(capacity: usize, sent: u32) -> Vec<String> {
    let (tx, mut rx) = broadcast::channel(capacity);
    for i in 0..sent {
        tx.send(i).unwrap(); // never waits, even with the buffer full
    }
    drop(tx);

    let mut log = Vec::new();
    loop {
        match rx.recv().await {
            Ok(n) => log.push(format!("got {n}")),
            Err(RecvError::Lagged(missed)) => log.push(format!("lagged: missed {missed}")),
            Err(RecvError::Closed) => break,
        }
    }
    log
}
// ANCHOR_END: lagged
