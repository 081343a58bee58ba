//! Listing 12-7: storage backends of different types in one
//! `Vec<Box<dyn Storage>>`, thanks to `#[async_trait]`.
use async_trait::async_trait;
use futures::future::join_all;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

// ANCHOR: trait
/// A place to keep values. `Send + Sync` as supertraits: every backend can
/// be shared between tasks, so a `Box<dyn Storage>` can too.
#[async_trait]
pub trait Storage: Send + Sync {
    /// A name for messages. Plain methods mix freely with async ones.
    fn name(&self) -> &str;
    async fn put(&self, key: &str, value: String) -> Result<(), String>;
    async fn get(&self, key: &str) -> Option<String>;
}
// ANCHOR_END: trait

// ANCHOR: backends
/// Keeps everything in a map: answers at once.
#[derive(Default)]
pub struct MemoryStorage {
    map: Mutex<HashMap<String, String>>,
}

#[async_trait]
impl Storage for MemoryStorage {
    fn name(&self) -> &str {
        "memory"
    }

    async fn put(&self, key: &str, value: String) -> Result<(), String> {
        self.map.lock().unwrap().insert(key.to_string(), value);
        Ok(())
    }

    async fn get(&self, key: &str) -> Option<String> {
        self.map.lock().unwrap().get(key).cloned()
    }
}

/// Stands in for a remote store: every call takes `latency`, and values
/// larger than `max_len` bytes are refused.
pub struct RemoteStorage {
    latency: Duration,
    max_len: usize,
    map: Mutex<HashMap<String, String>>,
}

impl RemoteStorage {
    pub fn new(latency: Duration, max_len: usize) -> Self {
        RemoteStorage {
            latency,
            max_len,
            map: Mutex::default(),
        }
    }
}

#[async_trait]
impl Storage for RemoteStorage {
    fn name(&self) -> &str {
        "remote"
    }

    async fn put(&self, key: &str, value: String) -> Result<(), String> {
        tokio::time::sleep(self.latency).await;
        if value.len() > self.max_len {
            return Err(format!(
                "{} bytes is over the limit of {}",
                value.len(),
                self.max_len
            ));
        }
        self.map.lock().unwrap().insert(key.to_string(), value);
        Ok(())
    }

    async fn get(&self, key: &str) -> Option<String> {
        tokio::time::sleep(self.latency).await;
        self.map.lock().unwrap().get(key).cloned()
    }
}
// ANCHOR_END: backends

// ANCHOR: everywhere
/// Writes `value` to every backend at the same time. Returns one line per
/// backend, in the order of `backends`.
pub async fn put_everywhere(backends: &[Box<dyn Storage>], key: &str, value: &str) -> Vec<String> {
    let writes = backends.iter().map(|backend| async move {
        match backend.put(key, value.to_string()).await {
            Ok(()) => format!("{}: stored {key}", backend.name()),
            Err(e) => format!("{}: failed: {e}", backend.name()),
        }
    });
    join_all(writes).await
}

/// Reads `key` from the first backend that has it.
pub async fn get_first(backends: &[Box<dyn Storage>], key: &str) -> Option<(String, String)> {
    for backend in backends {
        if let Some(value) = backend.get(key).await {
            return Some((backend.name().to_string(), value));
        }
    }
    None
}
// ANCHOR_END: everywhere

// ANCHOR: demo
/// What `main` prints.
pub async fn demo() -> Vec<String> {
    let backends: Vec<Box<dyn Storage>> = vec![
        Box::new(MemoryStorage::default()),
        Box::new(RemoteStorage::new(Duration::from_millis(50), 8)),
    ];
    let mut lines = put_everywhere(&backends, "greeting", "hello").await;
    lines.extend(put_everywhere(&backends, "essay", "far too long to store remotely").await);
    match get_first(&backends, "greeting").await {
        Some((from, value)) => lines.push(format!("greeting = {value:?} (from {from})")),
        None => lines.push("greeting not found".to_string()),
    }
    lines
}
// ANCHOR_END: demo
