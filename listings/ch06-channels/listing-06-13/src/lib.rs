//! Listing 6-13: listing 6-3's producer and slow consumer, each noting on a
//! timeline when it sends, waits and receives.
use std::time::Duration;
use support::timeline::Recorder;
use tokio::sync::mpsc;
use tokio::time::sleep;

// ANCHOR: run
/// A producer sends `items` into a channel of `capacity`; the consumer
/// takes `work` over each one.
pub async fn backpressure(rec: &Recorder, capacity: usize, items: u32, work: Duration) {
    let (tx, mut rx) = mpsc::channel(capacity);

    let consumer_rec = rec.clone();
    let consumer = tokio::spawn(async move {
        while let Some(item) = rx.recv().await {
            consumer_rec.recv("consumer", &format!("{item}"));
            consumer_rec.wait("consumer", "works 1 s");
            sleep(work).await; // the slow part
        }
        consumer_rec.end("consumer", "channel closed");
    });

    for i in 0..items {
        if tx.capacity() == 0 {
            rec.wait("producer", "channel full");
        }
        tx.send(i).await.unwrap(); // waits while the channel is full
        rec.send("producer", &format!("{i}"));
    }
    drop(tx);
    rec.end("producer", "done");
    consumer.await.unwrap();
}
// ANCHOR_END: run
