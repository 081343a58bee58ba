//! Exercise: a total that never comes.
use std::time::Duration;
use tokio::sync::mpsc;

/// A sensor: sends `count` readings of `value`, one every 100 ms.
/// Do not change it.
async fn sensor(readings: mpsc::Sender<u64>, value: u64, count: usize) {
    for _ in 0..count {
        tokio::time::sleep(Duration::from_millis(100)).await;
        if readings.send(value).await.is_err() {
            return;
        }
    }
}

/// Starts one sensor task per entry of `sensors` (its value and how many
/// readings it sends), and returns the sum of every reading, once every
/// sensor is done.
pub async fn total(sensors: &[(u64, usize)]) -> u64 {
    let (tx, mut rx) = mpsc::channel(16);
    for &(value, count) in sensors {
        tokio::spawn(sensor(tx.clone(), value, count));
    }
    // TODO: this loop never ends, even after every sensor is done. Why?
    let mut sum = 0;
    while let Some(reading) = rx.recv().await {
        sum += reading;
    }
    sum
}
