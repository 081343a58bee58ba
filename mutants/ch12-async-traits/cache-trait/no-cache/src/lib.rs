//! Wrong: forwards every call; the cache is never used.
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
        let _ = &self.cache;
        self.inner.find(id).await
    }

    async fn save(&self, id: u64, name: String) {
        self.inner.save(id, name).await;
    }
}
