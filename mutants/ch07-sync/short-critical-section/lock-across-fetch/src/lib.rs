//! Wrong: a tokio mutex, locked for the whole call — across the slow fetch.
//! It compiles (tokio's guard may cross an `.await`), and it is correct,
//! but every task waits for every other task's fetch.
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// Prices already looked up, shared by every task (through an `Arc`).
#[derive(Default)]
pub struct PriceCache {
    prices: tokio::sync::Mutex<HashMap<String, u32>>,
    lookups: AtomicUsize,
}

impl PriceCache {
    /// A stand-in for a slow price service: every lookup takes one second.
    pub async fn fetch_price(&self, item: &str) -> u32 {
        self.lookups.fetch_add(1, Ordering::SeqCst);
        tokio::time::sleep(Duration::from_secs(1)).await;
        item.len() as u32 * 100
    }

    /// How many times the slow service was asked.
    pub fn lookups(&self) -> usize {
        self.lookups.load(Ordering::SeqCst)
    }

    /// The price of `item`: from the cache if it is there, otherwise from
    /// `fetch_price`, and then kept in the cache for next time.
    ///
    /// Many tasks call this at once. None of them may wait for another
    /// task's one-second fetch.
    pub async fn price(&self, item: &str) -> u32 {
        let mut prices = self.prices.lock().await;
        if let Some(&price) = prices.get(item) {
            return price;
        }
        let price = self.fetch_price(item).await; // the guard is still alive here
        prices.insert(item.to_owned(), price);
        price
    }
}
