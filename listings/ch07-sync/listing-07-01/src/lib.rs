//! Listing 7-1: a counter shared by many tasks, behind `Arc<std::sync::Mutex<_>>`.

// ANCHOR: count
use std::sync::{Arc, Mutex};

/// Spawns `tasks` tasks that each add one to a shared counter, waits for all
/// of them, and returns the final count.
pub async fn count(tasks: u32) -> u32 {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();

    for _ in 0..tasks {
        let counter = Arc::clone(&counter);
        let handle = tokio::spawn(async move {
            // `lock()` blocks until the mutex is free and returns a guard.
            // Nothing in this task awaits while the guard is alive.
            let mut num = counter.lock().unwrap();
            *num += 1;
        }); // the guard is dropped here: the mutex is unlocked
        handles.push(handle);
    }

    for handle in handles {
        handle.await.unwrap();
    }

    *counter.lock().unwrap()
}
// ANCHOR_END: count
