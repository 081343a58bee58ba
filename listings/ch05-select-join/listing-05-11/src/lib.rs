//! Listing 5-11: `join_all` waits for a number of futures known only at run
//! time, and returns their outputs in the order they were given.
use futures::future::join_all;
use std::time::Duration;
use tokio::time::sleep;

// ANCHOR: fetch_all
/// A stand-in for a lookup: item `id` takes `id` × 100 ms.
pub async fn fetch(id: u64) -> String {
    sleep(Duration::from_millis(100 * id)).await;
    format!("item {id}")
}

/// Looks up every id at once. `ids` is borrowed: nothing here is spawned,
/// so the futures may hold references into the caller's data.
pub async fn fetch_all(ids: &[u64]) -> Vec<String> {
    let lookups = ids.iter().map(|&id| fetch(id));
    join_all(lookups).await
}
// ANCHOR_END: fetch_all

/// The lines `main` prints: the items, and how long the lookups took.
pub async fn report(ids: &[u64]) -> Vec<String> {
    let start = tokio::time::Instant::now();
    let items = fetch_all(ids).await;
    vec![
        format!("{items:?}"),
        format!("took about {:.1}s", start.elapsed().as_secs_f64()),
    ]
}
