//! Exercise: look up two prices at the same time.
use std::time::Duration;

/// A stand-in for a slow price service: every lookup takes one second.
/// Do not change this function.
pub async fn fetch_price(item: &str) -> u32 {
    tokio::time::sleep(Duration::from_secs(1)).await;
    item.len() as u32 * 100
}

/// Returns the sum of the prices of `a` and `b`.
///
/// Both lookups must be in flight at the same time, so the total is ready
/// after one second, not two.
pub async fn total_price(a: &str, b: &str) -> u32 {
    // TODO: start both lookups and wait for the two of them together.
    todo!("look up the prices of {a} and {b} concurrently")
}
