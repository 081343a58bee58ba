//! Wrong: the right total, but the lookups run one after the other.
use std::time::Duration;

pub async fn fetch_price(item: &str) -> u32 {
    tokio::time::sleep(Duration::from_secs(1)).await;
    item.len() as u32 * 100
}

pub async fn total_price(a: &str, b: &str) -> u32 {
    let price_a = fetch_price(a).await;
    let price_b = fetch_price(b).await;
    price_a + price_b
}
