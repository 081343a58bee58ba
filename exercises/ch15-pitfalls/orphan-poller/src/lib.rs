//! Exercise: a poller that goes on polling for nobody.
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::sync::mpsc;

/// A device to poll. Each poll costs a round trip; it counts them.
/// Do not change it.
#[derive(Default)]
pub struct Device {
    polls: AtomicU64,
}

impl Device {
    pub async fn poll(&self) -> u64 {
        let n = self.polls.fetch_add(1, Ordering::SeqCst) + 1;
        tokio::time::sleep(Duration::from_millis(50)).await;
        n * 10
    }

    pub fn polls(&self) -> u64 {
        self.polls.load(Ordering::SeqCst)
    }
}

/// Polls `device` once a second and sends each reading to `readings`, for
/// as long as anyone is listening. Once the receiver is gone, it stops.
pub async fn poll_forever(device: Arc<Device>, readings: mpsc::Sender<u64>) {
    let mut every = tokio::time::interval(Duration::from_secs(1));
    loop {
        every.tick().await;
        let reading = device.poll().await;
        // TODO: this keeps polling after the receiver is gone.
        let _ = readings.send(reading).await;
    }
}
