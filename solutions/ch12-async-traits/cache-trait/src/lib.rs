//! Solution: a cache in front of any `Repository`.
use std::collections::HashMap;
use std::future::Future;
use std::sync::Mutex;

/// Where users are kept.
pub trait Repository {
    fn find(&self, id: u64) -> impl Future<Output = Option<String>> + Send;
    fn save(&self, id: u64, name: String) -> impl Future<Output = ()> + Send;
}

/// Wraps another repository and remembers the users it has found.
pub struct Cached<R> {
    inner: R,
    cache: Mutex<HashMap<u64, String>>,
}

impl<R> Cached<R> {
    pub fn new(inner: R) -> Self {
        Cached {
            inner,
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// The wrapped repository.
    pub fn inner(&self) -> &R {
        &self.inner
    }
}

impl<R: Repository + Sync> Repository for Cached<R> {
    async fn find(&self, id: u64) -> Option<String> {
        // The guard is a temporary of this statement: the lock is released
        // at the `;`, before any `.await`.
        let cached = self.cache.lock().unwrap().get(&id).cloned();
        if cached.is_some() {
            return cached;
        }
        let found = self.inner.find(id).await?;
        self.cache.lock().unwrap().insert(id, found.clone());
        Some(found)
    }

    async fn save(&self, id: u64, name: String) {
        self.inner.save(id, name.clone()).await;
        self.cache.lock().unwrap().insert(id, name);
    }
}
