//! Listing 15-10: watch keeps only the latest value; a queue keeps them all.
use std::time::Duration;
use tokio::sync::{mpsc, watch};

/// Handling one order takes 10 ms.
async fn handle(order: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(10)).await;
    order
}

// ANCHOR: watch
/// Broken: orders go through a watch channel. A watch holds one value; a
/// new `send` overwrites it. While the consumer is busy with one order, the
/// next ones replace each other, and only the last survives.
pub async fn orders_over_watch(orders: u32) -> Vec<u32> {
    let (tx, mut rx) = watch::channel(0);
    let consumer = tokio::spawn(async move {
        let mut handled = Vec::new();
        while rx.changed().await.is_ok() {
            let order = *rx.borrow_and_update();
            handled.push(handle(order).await);
        }
        handled
    });
    for order in 1..=orders {
        tx.send(order).expect("the consumer is running");
        tokio::time::sleep(Duration::from_millis(1)).await; // one order per ms
    }
    drop(tx);
    consumer.await.unwrap()
}
// ANCHOR_END: watch

// ANCHOR: mpsc
/// Fixed: an mpsc channel is a queue. Every order waits its turn.
pub async fn orders_over_mpsc(orders: u32) -> Vec<u32> {
    let (tx, mut rx) = mpsc::channel(100);
    let consumer = tokio::spawn(async move {
        let mut handled = Vec::new();
        while let Some(order) = rx.recv().await {
            handled.push(handle(order).await);
        }
        handled
    });
    for order in 1..=orders {
        tx.send(order).await.expect("the consumer is running");
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    drop(tx);
    consumer.await.unwrap()
}
// ANCHOR_END: mpsc

/// What `main` prints: 20 orders each way.
pub async fn report() -> Vec<String> {
    vec![
        format!("watch: handled {:?}", orders_over_watch(20).await),
        format!("mpsc:  handled {:?}", orders_over_mpsc(20).await),
    ]
}
