//! Exercise: a batching loop that must not lose an item when its ticker fires.
use std::time::Duration;
use tokio::sync::mpsc;

/// Receives numbers from `rx` and hands them to `flush` in batches, in the
/// order they arrived:
///
/// - a batch goes out as soon as it holds `max` items;
/// - every `every` (the first time `every` after the start), whatever is in
///   the current batch goes out, if it is not empty;
/// - when the channel closes, what is left goes out, and the function returns.
///
/// Every item goes out exactly once. `max` is at least 1.
pub async fn batch(
    mut rx: mpsc::Receiver<u32>,
    max: usize,
    every: Duration,
    mut flush: impl FnMut(Vec<u32>),
) {
    // TODO: loop over a select! with two branches: the next item from the
    // channel, and the next tick of a timer.
    todo!("batch the items of {rx:?}, at most {max} at a time or every {every:?}")
}
