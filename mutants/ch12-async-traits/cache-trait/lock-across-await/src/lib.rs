//! Wrong: the std `Mutex` guard across `.await` did not compile (the future
//! was not `Send`), so this switched to tokio's `Mutex` and kept it locked
//! while the inner repository is asked: every find waits for the others.
use std::collections::HashMap;
use std::future::Future;
use tokio::sync::Mutex;

pub trait Repository {
    fn find(&self, id: u64) -> impl Future<Output = Option<String>> + Send;
    fn save(&self, id: u64, name: String) -> impl Future<Output = ()> + Send;
}

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

    pub fn inner(&self) -> &R {
        &self.inner
    }
}

impl<R: Repository + Sync> Repository for Cached<R> {
    async fn find(&self, id: u64) -> Option<String> {
        let mut cache = self.cache.lock().await;
        if let Some(name) = cache.get(&id) {
            return Some(name.clone());
        }
        let found = self.inner.find(id).await?;
        cache.insert(id, found.clone());
        Some(found)
    }

    async fn save(&self, id: u64, name: String) {
        let mut cache = self.cache.lock().await;
        self.inner.save(id, name.clone()).await;
        cache.insert(id, name);
    }
}
