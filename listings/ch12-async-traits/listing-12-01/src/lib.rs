//! Listing 12-1: a `Repository`, with `async fn` written
//! straight in the trait: no macro, no crate, Rust 1.75 or later.
use std::sync::Mutex;
use std::time::Duration;

// ANCHOR: trait
/// Where users are kept.
// The lint `async_fn_in_trait` warns about `async fn` in a public trait: its
// futures promise nothing about `Send`. This trait is only used by this
// crate, so that is fine here. The next page shows the fixes.
#[allow(async_fn_in_trait)]
pub trait Repository {
    async fn find(&self, id: u64) -> Option<String>;
    async fn save(&self, data: String) -> Result<(), String>;
}
// ANCHOR_END: trait

// ANCHOR: impl
/// Keeps users in memory. The first user saved gets id 1, the next id 2.
#[derive(Default)]
pub struct InMemoryRepository {
    users: Mutex<Vec<String>>,
}

impl Repository for InMemoryRepository {
    async fn find(&self, id: u64) -> Option<String> {
        // A 100 ms wait stands in for a database.
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

// ANCHOR: generic
/// Works with any `Repository`. The compiler makes one copy of this function
/// per repository type it is called with: no boxing, no dynamic dispatch.
pub async fn greet<R: Repository>(repo: &R, id: u64) -> String {
    match repo.find(id).await {
        Some(name) => format!("Hello, {name}!"),
        None => format!("No user {id}."),
    }
}
// ANCHOR_END: generic

// ANCHOR: demo
/// What `main` prints, one line each.
pub async fn demo() -> Vec<String> {
    let repo = InMemoryRepository::default();
    let mut lines = Vec::new();
    for name in ["Alice", "Bob", ""] {
        match repo.save(name.to_string()).await {
            Ok(()) => lines.push(format!("saved {name:?}")),
            Err(e) => lines.push(format!("error: {e}")),
        }
    }
    lines.push(greet(&repo, 2).await);
    lines.push(greet(&repo, 3).await);
    lines
}
// ANCHOR_END: demo
