//! Listing 7-10: a std mutex guard must be gone before the next `.await`.
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

/// Stands in for a slow write, to a file or over the network.
pub async fn save(value: u64) -> u64 {
    tokio::time::sleep(Duration::from_millis(100)).await;
    value
}

// ANCHOR: block
/// Fix 1: the guard lives in a block that ends before the `.await`.
pub async fn bump_and_save(counter: Arc<Mutex<u64>>) -> u64 {
    let value = {
        let mut n = counter.lock().unwrap();
        *n += 1;
        *n
    }; // `n` is dropped here: the mutex is unlocked
    save(value).await
}
// ANCHOR_END: block

// ANCHOR: helper
/// Fix 2: lock in a function that is not async. Its guard cannot outlive
/// the call, so it can never be alive at the caller's `.await`.
fn bump(counter: &Mutex<u64>) -> u64 {
    let mut n = counter.lock().unwrap();
    *n += 1;
    *n
}

pub async fn bump_and_save_with_helper(counter: Arc<Mutex<u64>>) -> u64 {
    let value = bump(&counter);
    save(value).await
}
// ANCHOR_END: helper

// ANCHOR: moved
/// Also compiles: the guard is only ever *moved*, into a plain function that
/// uses it and drops it. This async fn never borrows it, so the compiler
/// knows it is gone before the `.await`.
fn bump_guard(mut n: MutexGuard<'_, u64>) -> u64 {
    *n += 1;
    *n
}

pub async fn bump_and_save_moved(counter: Arc<Mutex<u64>>) -> u64 {
    let n = counter.lock().unwrap();
    let value = bump_guard(n); // `n` is moved, not borrowed
    save(value).await
}
// ANCHOR_END: moved

/// Runs `tasks` spawned tasks, each calling one of the three versions
/// (`tokio::spawn` checks that each future is `Send`); returns the
/// values they saved, sorted, and the final count.
pub async fn run(tasks: u64) -> (Vec<u64>, u64) {
    let counter = Arc::new(Mutex::new(0));
    let mut set = tokio::task::JoinSet::new();
    for i in 0..tasks {
        let counter = Arc::clone(&counter);
        match i % 3 {
            0 => set.spawn(bump_and_save(counter)),
            1 => set.spawn(bump_and_save_with_helper(counter)),
            _ => set.spawn(bump_and_save_moved(counter)),
        };
    }
    let mut saved = set.join_all().await;
    saved.sort();
    let total = *counter.lock().unwrap();
    (saved, total)
}
