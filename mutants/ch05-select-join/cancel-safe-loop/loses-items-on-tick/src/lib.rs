//! Wrong: a helper future collects a whole batch, and select! drops it (with
//! the items it already took) every time the ticker wins.
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{Instant, interval_at};

/// Collects up to `max` items; `None` once the channel is closed and empty.
async fn next_batch(rx: &mut mpsc::Receiver<u32>, max: usize) -> Option<Vec<u32>> {
    let mut batch = Vec::new();
    while batch.len() < max {
        match rx.recv().await {
            Some(item) => batch.push(item),
            None => break,
        }
    }
    if batch.is_empty() { None } else { Some(batch) }
}

pub async fn batch(
    mut rx: mpsc::Receiver<u32>,
    max: usize,
    every: Duration,
    mut flush: impl FnMut(Vec<u32>),
) {
    let mut ticker = interval_at(Instant::now() + every, every);
    loop {
        tokio::select! {
            // A new next_batch future on every pass: not cancel safe.
            next = next_batch(&mut rx, max) => match next {
                Some(full) => flush(full),
                None => break,
            },
            _ = ticker.tick() => {
                // Nothing to flush here: the half-full batch is inside the
                // next_batch future that select! just dropped.
            }
        }
    }
}
