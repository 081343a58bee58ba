//! Exercise: a cache in front of any `Repository`.
use std::collections::HashMap;
use std::future::Future;
use std::sync::Mutex;

/// Where users are kept. Do not change this trait: the tests implement it
/// with a slow, counting fake.
pub trait Repository {
    fn find(&self, id: u64) -> impl Future<Output = Option<String>> + Send;
    fn save(&self, id: u64, name: String) -> impl Future<Output = ()> + Send;
}

/// Wraps another repository and remembers the users it has found, so that
/// each one is looked up in the inner repository only once.
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
        // TODO: answer from the cache if it knows `id`. Otherwise ask the
        // inner repository, remember a name it finds, and return it. Do not
        // keep the cache locked while you wait for the inner repository.
        todo!("find user {id}: from the cache, or from the inner repository once")
    }

    async fn save(&self, id: u64, name: String) {
        // TODO: save through to the inner repository, and make sure a later
        // `find(id)` returns the new name.
        todo!("save {name} as user {id} and keep the cache up to date")
    }
}
