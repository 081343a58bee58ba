//! Wrong: forgets the items still in the batch when the channel closes.
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{Instant, interval_at};

/// Receives numbers from `rx` and hands them to `flush` in batches of at
/// most `max`, flushing a partial batch every `every` and what is left when
/// the channel closes.
pub async fn batch(
    mut rx: mpsc::Receiver<u32>,
    max: usize,
    every: Duration,
    mut flush: impl FnMut(Vec<u32>),
) {
    let mut ticker = interval_at(Instant::now() + every, every);
    // The batch lives here, outside select!: dropping a branch's future
    // cannot take items with it.
    let mut current = Vec::with_capacity(max);
    loop {
        tokio::select! {
            // `recv` is cancel safe: if the tick wins, no item was taken.
            item = rx.recv() => match item {
                Some(item) => {
                    current.push(item);
                    if current.len() >= max {
                        flush(std::mem::take(&mut current));
                    }
                }
                None => break,
            },
            _ = ticker.tick() => {
                if !current.is_empty() {
                    flush(std::mem::take(&mut current));
                }
            }
        }
    }
}
