//! Listing 7-2: the shared counter, with tokio's async mutex.

// ANCHOR: count
use std::sync::Arc;
use tokio::sync::Mutex;

/// The same counter as listing 7-1, with `tokio::sync::Mutex`:
/// `lock()` is now a future, so it is awaited instead of unwrapped.
pub async fn count(tasks: u32) -> u32 {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();

    for _ in 0..tasks {
        let counter = Arc::clone(&counter);
        let handle = tokio::spawn(async move {
            let mut num = counter.lock().await;
            *num += 1;
        });
        handles.push(handle);
    }

    for handle in handles {
        handle.await.unwrap();
    }

    *counter.lock().await
}
// ANCHOR_END: count
