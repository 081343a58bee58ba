//! Solution: a cache that loads each key once, however many ask at once.
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::OnceCell;

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
    /// One cell per key, made by the first caller. A std Mutex: it is held
    /// only to find or add the cell, never across the load.
    cells: Mutex<HashMap<String, Arc<OnceCell<String>>>>,
}

impl Cache {
    pub fn new(origin: Origin) -> Cache {
        Cache {
            origin,
            cells: Mutex::new(HashMap::new()),
        }
    }

    /// The value of `key`: from the cache, or loaded once from the origin.
    pub async fn get(&self, key: &str) -> String {
        let cell = {
            let mut cells = self.cells.lock().unwrap();
            Arc::clone(cells.entry(key.to_owned()).or_default())
        }; // the map is free again before anyone waits
        // The first caller runs the load; the others wait for its result.
        cell.get_or_init(|| self.origin.load(key)).await.clone()
    }
}
