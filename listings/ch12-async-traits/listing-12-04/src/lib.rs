//! Listing 12-4: the trait says, in its signature, that `find`'s future is
//! `Send`. Implementations still write `async fn`.
use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::task::JoinHandle;

// ANCHOR: trait
pub trait Repository {
    fn find(&self, id: u64) -> impl Future<Output = Option<String>> + Send;
    fn save(&self, data: String) -> impl Future<Output = Result<(), String>> + Send;
}
// ANCHOR_END: trait

// ANCHOR: impl
/// Keeps users in memory. The first user saved gets id 1.
#[derive(Default)]
pub struct InMemoryRepository {
    users: Mutex<Vec<String>>,
}

impl Repository for InMemoryRepository {
    // `async fn` satisfies `-> impl Future<…> + Send`, as long as the future
    // it makes really is `Send`: the compiler checks that here.
    async fn find(&self, id: u64) -> Option<String> {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let users = self.users.lock().unwrap();
        users.get(id.checked_sub(1)? as usize).cloned()
    }

    async fn save(&self, data: String) -> Result<(), String> {
        if data.is_empty() {
            return Err("refusing to save an empty name".to_string());
        }
        self.users.lock().unwrap().push(data);
        Ok(())
    }
}
// ANCHOR_END: impl

/// A second implementation: a fixed map, answering at once.
pub struct MapRepository(pub HashMap<u64, String>);

impl Repository for MapRepository {
    async fn find(&self, id: u64) -> Option<String> {
        self.0.get(&id).cloned()
    }

    async fn save(&self, _data: String) -> Result<(), String> {
        Err("this repository is read-only".to_string())
    }
}

// ANCHOR: spawn
/// No extra bound on the future: the trait already promises `Send`.
pub fn spawn_find<R>(repo: Arc<R>, id: u64) -> JoinHandle<Option<String>>
where
    R: Repository + Send + Sync + 'static,
{
    tokio::spawn(async move { repo.find(id).await })
}
// ANCHOR_END: spawn
