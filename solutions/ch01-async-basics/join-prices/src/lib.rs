//! Solution: look up two prices at the same time.
use std::time::Duration;

/// A stand-in for a slow price service: every lookup takes one second.
pub async fn fetch_price(item: &str) -> u32 {
    tokio::time::sleep(Duration::from_secs(1)).await;
    item.len() as u32 * 100
}

/// Returns the sum of the prices of `a` and `b`, looked up concurrently.
pub async fn total_price(a: &str, b: &str) -> u32 {
    // `join!` polls both futures in turn until both are done: the two
    // one-second waits overlap, so this takes one second in all.
    let (price_a, price_b) = tokio::join!(fetch_price(a), fetch_price(b));
    price_a + price_b
}
