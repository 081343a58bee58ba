//! Listing 15-7: one task per item, with and without a bound.
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

// ANCHOR: fetch
use support::gauge::Gauge;

/// Fetches item `id` over a connection it holds for 10 ms. The gauge counts
/// the connections open at once.
pub async fn fetch(id: u64, gauge: Arc<Gauge>) -> u64 {
    let _connection = gauge.enter(); // open until this function returns
    tokio::time::sleep(Duration::from_millis(10)).await;
    id
}
// ANCHOR_END: fetch

// ANCHOR: unbounded
/// Broken: one task per item, all at once. 10,000 items means 10,000
/// connections open together: file descriptors, memory, a server's
/// patience.
pub async fn fetch_all_unbounded(n: u64, gauge: Arc<Gauge>) -> Vec<u64> {
    let mut set = JoinSet::new();
    for id in 0..n {
        set.spawn(fetch(id, Arc::clone(&gauge)));
    }
    set.join_all().await
}
// ANCHOR_END: unbounded

// ANCHOR: semaphore
/// Fix 1: a semaphore with `limit` permits. The loop waits for a permit
/// *before* it spawns, so at most `limit` tasks exist at once; each task
/// gives its permit back when it ends.
pub async fn fetch_all_semaphore(n: u64, limit: usize, gauge: Arc<Gauge>) -> Vec<u64> {
    let permits = Arc::new(Semaphore::new(limit));
    let mut set = JoinSet::new();
    for id in 0..n {
        let permit = Arc::clone(&permits).acquire_owned().await.unwrap();
        let gauge = Arc::clone(&gauge);
        set.spawn(async move {
            let _permit = permit; // released when the task ends
            fetch(id, gauge).await
        });
    }
    set.join_all().await
}
// ANCHOR_END: semaphore

// ANCHOR: window
/// Fix 2: a JoinSet as a window. When it holds `limit` tasks, wait for one
/// to finish before spawning the next.
pub async fn fetch_all_windowed(n: u64, limit: usize, gauge: Arc<Gauge>) -> Vec<u64> {
    let mut set = JoinSet::new();
    let mut results = Vec::with_capacity(n as usize);
    for id in 0..n {
        if set.len() >= limit {
            results.push(set.join_next().await.unwrap().unwrap());
        }
        set.spawn(fetch(id, Arc::clone(&gauge)));
    }
    results.extend(set.join_all().await);
    results
}
// ANCHOR_END: window

/// What `main` prints: each version on 10,000 items, limit 50.
pub async fn report() -> Vec<String> {
    let mut lines = Vec::new();
    let gauge = Arc::new(Gauge::default());
    let done = fetch_all_unbounded(10_000, Arc::clone(&gauge)).await.len();
    lines.push(format!(
        "unbounded: {done} fetched, at most {} connections open",
        gauge.max()
    ));
    let gauge = Arc::new(Gauge::default());
    let done = fetch_all_semaphore(10_000, 50, Arc::clone(&gauge))
        .await
        .len();
    lines.push(format!(
        "semaphore: {done} fetched, at most {} connections open",
        gauge.max()
    ));
    let gauge = Arc::new(Gauge::default());
    let done = fetch_all_windowed(10_000, 50, Arc::clone(&gauge))
        .await
        .len();
    lines.push(format!(
        "window:    {done} fetched, at most {} connections open",
        gauge.max()
    ));
    lines
}
