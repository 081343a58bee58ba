//! Exercise: a price cache that many tasks share, without making them queue.
use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// Prices already looked up, shared by every task (through an `Arc`).
#[derive(Default)]
pub struct PriceCache {
    prices: Mutex<HashMap<String, u32>>,
    lookups: AtomicUsize,
}

impl PriceCache {
    /// A stand-in for a slow price service: every lookup takes one second.
    /// Do not change this method.
    pub async fn fetch_price(&self, item: &str) -> u32 {
        self.lookups.fetch_add(1, Ordering::SeqCst);
        tokio::time::sleep(Duration::from_secs(1)).await;
        item.len() as u32 * 100
    }

    /// How many times the slow service was asked. Do not change this method.
    pub fn lookups(&self) -> usize {
        self.lookups.load(Ordering::SeqCst)
    }

    /// The price of `item`: from the cache if it is there, otherwise from
    /// `fetch_price`, and then kept in the cache for next time.
    ///
    /// Many tasks call this at once. None of them may wait for another
    /// task's one-second fetch.
    pub async fn price(&self, item: &str) -> u32 {
        // TODO: look in `self.prices`; on a miss, fetch the price and insert
        // it. Hold the lock only while you read or write the map — never
        // while the slow fetch is awaited.
        todo!("the price of {item}")
    }
}
