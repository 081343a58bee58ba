//! Listing 8-7: `filter`, `map` and `take` on an endless stream.
use std::sync::atomic::{AtomicU64, Ordering};

// ANCHOR: adapters
use tokio_stream::{self as stream, StreamExt};

/// The squares of the first `n` odd numbers. `seen` counts the numbers the
/// source produced, to show how little of the endless stream was used.
pub async fn odd_squares(n: usize, seen: &AtomicU64) -> Vec<u64> {
    stream::iter(1u64..) // 1, 2, 3, … without end
        .map(|x| {
            seen.fetch_add(1, Ordering::Relaxed);
            x
        })
        .filter(|x| x % 2 == 1) // keep the odd ones
        .map(|x| x * x) // square them
        .take(n) // stop after n: the source is never asked again
        .collect()
        .await
}
// ANCHOR_END: adapters
