//! Listing 8-13: many futures and many streams at once — `FuturesUnordered`,
//! `merge` and `StreamMap`.
use std::pin::Pin;
use std::time::Duration;
use tokio::time::{Instant, sleep};
use tokio_stream::Stream;

// ANCHOR: crawl
use futures::stream::FuturesUnordered;
use tokio_stream::StreamExt;

/// A fake site: each page, its links, and how long it takes to load.
fn page(path: &str) -> (Vec<&'static str>, Duration) {
    let (links, ms) = match path {
        "/" => (vec!["/blog", "/about"], 10),
        "/blog" => (vec!["/blog/1", "/blog/2"], 40),
        "/about" => (vec![], 20),
        _ => (vec![], 30),
    };
    (links, Duration::from_millis(ms))
}

async fn fetch(path: String) -> (String, Vec<&'static str>) {
    let (links, cost) = page(&path);
    sleep(cost).await;
    (path, links)
}

/// Walks the site from "/": a set of fetches that grows while it runs.
/// Pages come back in the order they finish loading.
pub async fn crawl() -> Vec<String> {
    let mut pending = FuturesUnordered::new();
    pending.push(fetch("/".to_owned()));
    let mut visited = Vec::new();
    while let Some((path, links)) = pending.next().await {
        visited.push(path);
        for link in links {
            pending.push(fetch(link.to_owned())); // joins the ones in flight
        }
    }
    visited
}
// ANCHOR_END: crawl

/// `n` items labelled `label 0`, `label 1`, …, one every `every`.
pub fn ticks(
    label: &'static str,
    every: Duration,
    n: usize,
) -> Pin<Box<dyn Stream<Item = String> + Send>> {
    Box::pin(futures::stream::unfold(0, move |i| async move {
        if i == n {
            return None;
        }
        sleep(every).await;
        Some((format!("{label} {i}"), i + 1))
    }))
}

// ANCHOR: merge
/// Two streams as one: items from both, as each arrives.
pub async fn merged() -> Vec<String> {
    let fast = ticks("fast", Duration::from_millis(10), 3);
    let slow = ticks("slow", Duration::from_millis(25), 2);
    fast.merge(slow).collect().await
}
// ANCHOR_END: merge

// ANCHOR: stream_map
use tokio_stream::StreamMap;

/// Streams by key: each item says which stream it came from, and a stream
/// can be added or removed while the map is read.
pub async fn keyed() -> Vec<String> {
    let start = Instant::now();
    let mut feeds = StreamMap::new();
    feeds.insert("fast", ticks("fast", Duration::from_millis(10), 3));
    feeds.insert("slow", ticks("slow", Duration::from_millis(25), 2));
    let mut seen = Vec::new();
    while let Some((key, item)) = feeds.next().await {
        let at = start.elapsed().as_millis();
        seen.push(format!("{at:>3} ms  {key}: {item}"));
        if item == "slow 0" {
            feeds.remove("fast"); // unsubscribe: "fast 2" never arrives
        }
    }
    seen
}
// ANCHOR_END: stream_map
