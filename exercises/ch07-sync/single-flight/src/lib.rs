//! Exercise: a cache that loads each key once, however many ask at once.
use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// A slow origin: every load takes one second. It counts its loads.
/// Do not change it.
#[derive(Default)]
pub struct Origin {
    loads: AtomicUsize,
    per_key: Mutex<HashMap<String, usize>>,
}

impl Origin {
    pub async fn load(&self, key: &str) -> String {
        self.loads.fetch_add(1, Ordering::SeqCst);
        *self
            .per_key
            .lock()
            .unwrap()
            .entry(key.to_owned())
            .or_default() += 1;
        tokio::time::sleep(Duration::from_secs(1)).await;
        format!("value of {key}")
    }

    /// Loads so far, of any key.
    pub fn loads(&self) -> usize {
        self.loads.load(Ordering::SeqCst)
    }

    /// Loads so far of `key`.
    pub fn loads_of(&self, key: &str) -> usize {
        self.per_key.lock().unwrap().get(key).copied().unwrap_or(0)
    }
}

/// A cache in front of an `Origin`. Each key is loaded at most once, even
/// when many tasks ask for it at the same moment: they all wait for the one
/// load. Different keys load at the same time, without waiting for each
/// other.
pub struct Cache {
    pub origin: Origin,
    // TODO: add what the cache needs to remember.
}

impl Cache {
    pub fn new(origin: Origin) -> Cache {
        Cache { origin }
    }

    /// The value of `key`: from the cache, or loaded once from the origin.
    pub async fn get(&self, key: &str) -> String {
        // TODO
        let _ = key;
        todo!("load each key once, and let every caller share that load")
    }
}
