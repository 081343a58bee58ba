use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{Instant, sleep};

// ANCHOR: timeline
/// A fast producer and a slow consumer, joined by a channel with room for
/// `capacity` messages. The consumer spends `work` on each item. Returns
/// when (in whole seconds from the start) each `send` finished.
pub async fn send_times(capacity: usize, items: u32, work: Duration) -> Vec<String> {
    let start = Instant::now();
    let (tx, mut rx) = mpsc::channel(capacity);

    let consumer = tokio::spawn(async move {
        while let Some(_item) = rx.recv().await {
            sleep(work).await; // the slow part
        }
    });

    let mut log = Vec::new();
    for i in 0..items {
        tx.send(i).await.unwrap(); // waits while the channel is full
        log.push(format!("sent {i} at {}s", start.elapsed().as_secs()));
    }
    drop(tx); // no more items: let the consumer's loop end
    consumer.await.unwrap();
    log.push(format!("all done at {}s", start.elapsed().as_secs()));
    log
}
// ANCHOR_END: timeline
