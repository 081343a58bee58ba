//! Listing 8-11: an mpsc channel, read as a stream with `ReceiverStream`.
use std::time::Duration;

// ANCHOR: bridge
use tokio::sync::mpsc;
use tokio::time::{Instant, sleep};
use tokio_stream::StreamExt;
use tokio_stream::wrappers::ReceiverStream;

/// A sensor task sends one reading every 100 ms; the consumer reads the
/// channel as a stream and keeps the readings above `limit`.
pub async fn alerts(readings: Vec<i32>, limit: i32) -> Vec<String> {
    let start = Instant::now();
    let (tx, rx) = mpsc::channel(8);
    tokio::spawn(async move {
        for reading in readings {
            sleep(Duration::from_millis(100)).await;
            tx.send(reading).await.expect("the consumer is gone");
        }
        // The task ends and drops `tx`: the channel closes, the stream ends.
    });

    ReceiverStream::new(rx)
        .filter(|t| *t > limit)
        .map(|t| format!("alert: {t}°C at {:.1}s", start.elapsed().as_secs_f64()))
        .collect()
        .await
}
// ANCHOR_END: bridge
