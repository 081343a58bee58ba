use std::time::Duration;
use tokio::sync::mpsc::{self, error::SendError};
use tokio::time::{Instant, sleep};

// ANCHOR: producer
/// Sends 0, 1, 2, … one per second, until nobody listens any more.
/// Returns when that happened and the value `send` handed back.
pub async fn produce(tx: mpsc::Sender<u32>) -> (Duration, u32) {
    let start = Instant::now();
    for i in 0.. {
        if let Err(SendError(value)) = tx.send(i).await {
            // The receiver is gone. Nothing will ever read `value`: stop.
            return (start.elapsed(), value);
        }
        sleep(Duration::from_secs(1)).await;
    }
    unreachable!("u32 ran out")
}
// ANCHOR_END: producer

// ANCHOR: consumer
/// Takes the first `n` items, then leaves: `rx` is dropped on return.
pub async fn take(mut rx: mpsc::Receiver<u32>, n: usize) -> Vec<u32> {
    let mut taken = Vec::new();
    while taken.len() < n {
        match rx.recv().await {
            Some(item) => taken.push(item),
            None => break,
        }
    }
    taken
}
// ANCHOR_END: consumer

/// The lines `main` prints.
pub async fn report() -> Vec<String> {
    let (tx, rx) = mpsc::channel(8);
    let producer = tokio::spawn(produce(tx));
    let taken = take(rx, 3).await;
    let (when, value) = producer.await.unwrap();
    vec![
        format!("consumer took {taken:?} and left"),
        format!(
            "producer: send failed after {}s and handed back {value}",
            when.as_secs()
        ),
    ]
}
