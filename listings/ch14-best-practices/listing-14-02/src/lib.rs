//! Listing 14-2: a std mutex in async code, with no guard across an `.await`.
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::Instant;

// ANCHOR: cache
/// A cache shared by many tasks. Its methods are not async, so a guard can
/// never outlive them — and never be held across an `.await`.
#[derive(Clone, Default)]
pub struct Cache {
    map: Arc<Mutex<HashMap<u32, String>>>,
}

impl Cache {
    pub fn get(&self, key: u32) -> Option<String> {
        self.map.lock().unwrap().get(&key).cloned()
    }

    pub fn insert(&self, key: u32, value: String) {
        self.map.lock().unwrap().insert(key, value);
    }
}
// ANCHOR_END: cache

/// A stand-in for a slow load from a database: one second.
pub async fn slow_load(key: u32) -> String {
    tokio::time::sleep(Duration::from_secs(1)).await;
    format!("value {key}")
}

// ANCHOR: lookup
pub async fn lookup(cache: &Cache, key: u32) -> String {
    if let Some(value) = cache.get(key) {
        return value; // the guard was dropped inside `get`
    }
    let value = slow_load(key).await; // no lock is held while we wait
    cache.insert(key, value.clone());
    value
}
// ANCHOR_END: lookup

/// Looks up `keys` from one task each, at the same time. Returns the values
/// in the order of `keys`, and how long it took.
pub async fn lookup_all(cache: &Cache, keys: &[u32]) -> (Vec<String>, Duration) {
    let start = Instant::now();
    let mut set = JoinSet::new();
    for (index, &key) in keys.iter().enumerate() {
        let cache = cache.clone();
        set.spawn(async move { (index, lookup(&cache, key).await) });
    }
    let mut values = set.join_all().await;
    values.sort_by_key(|&(index, _)| index);
    let values = values.into_iter().map(|(_, value)| value).collect();
    (values, start.elapsed())
}

/// What `main` prints: the same 100 keys, twice.
pub async fn report() -> Vec<String> {
    let cache = Cache::default();
    let keys: Vec<u32> = (0..100).collect();
    let (values, first) = lookup_all(&cache, &keys).await;
    let (_, second) = lookup_all(&cache, &keys).await;
    vec![
        format!(
            "first round:  {} lookups in {:.1} s",
            values.len(),
            first.as_secs_f64()
        ),
        format!(
            "second round: {} lookups in {:.1} s (cached)",
            values.len(),
            second.as_secs_f64()
        ),
    ]
}
