//! Listing 11-1: a blocking call starves every other task of its thread.
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::Receiver;

// ANCHOR: heartbeat
/// Spawns a task that counts its turns. Each time the runtime polls it, it
/// adds one beat and yields, so the other tasks get their turn. It never
/// sleeps: the count measures turns, not time.
pub fn spawn_heartbeat() -> Arc<AtomicUsize> {
    let beats = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&beats);
    tokio::spawn(async move {
        loop {
            counter.fetch_add(1, Ordering::SeqCst);
            tokio::task::yield_now().await;
        }
    });
    beats
}
// ANCHOR_END: heartbeat

// ANCHOR: blocking_call
/// A synchronous call, like a read from a file or a query through a sync
/// database driver: it holds its thread until the answer arrives.
pub fn blocking_call(answer: Receiver<u32>) -> u32 {
    answer.recv().expect("the other side hung up")
}
// ANCHOR_END: blocking_call

// ANCHOR: handlers
/// Wrong: calls the blocking function right inside async code.
pub async fn handler_inline(answer: Receiver<u32>) -> u32 {
    blocking_call(answer)
}

/// Right: hands the blocking call to tokio's blocking pool and awaits it.
pub async fn handler_offloaded(answer: Receiver<u32>) -> u32 {
    tokio::task::spawn_blocking(move || blocking_call(answer))
        .await
        .expect("the blocking call panicked")
}
// ANCHOR_END: handlers
