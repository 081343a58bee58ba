use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::sleep;

// ANCHOR: backlog
/// A producer offers `items` messages while the consumer is busy for a
/// second. Returns how many wait in the channel after that second, and
/// whether the producer has finished.
pub async fn bounded_backlog(capacity: usize, items: u32) -> (usize, bool) {
    let (tx, rx) = mpsc::channel(capacity);
    let producer = tokio::spawn(async move {
        for i in 0..items {
            if tx.send(i).await.is_err() {
                break; // the receiver is gone: stop producing
            }
        }
    });
    sleep(Duration::from_secs(1)).await; // the consumer is busy
    (rx.len(), producer.is_finished())
}

pub async fn unbounded_backlog(items: u32) -> (usize, bool) {
    let (tx, rx) = mpsc::unbounded_channel();
    let producer = tokio::spawn(async move {
        for i in 0..items {
            // Never waits: there is always "room".
            if tx.send(i).is_err() {
                break;
            }
        }
    });
    sleep(Duration::from_secs(1)).await; // the consumer is busy
    (rx.len(), producer.is_finished())
}
// ANCHOR_END: backlog

/// The two lines `main` prints.
pub async fn report(items: u32) -> Vec<String> {
    let (queued, done) = bounded_backlog(100, items).await;
    let bounded = format!("bounded(100): {queued} messages queued, producer finished: {done}");
    let (queued, done) = unbounded_backlog(items).await;
    let unbounded = format!("unbounded:    {queued} messages queued, producer finished: {done}");
    vec![bounded, unbounded]
}
