//! Listing 12-2: `Repository` has `async fn`s, so there is no
//! `dyn Repository`. Generics and an enum cover most of what `dyn` would do.
use std::collections::HashMap;
use std::time::Duration;

#[allow(async_fn_in_trait)]
pub trait Repository {
    async fn find(&self, id: u64) -> Option<String>;
}

/// A repository that holds a fixed map of users.
pub struct MapRepository(pub HashMap<u64, String>);

impl Repository for MapRepository {
    async fn find(&self, id: u64) -> Option<String> {
        self.0.get(&id).cloned()
    }
}

/// A repository that makes every user up, after a 100 ms wait: the
/// usual `UserRepository`.
pub struct UserRepository;

impl Repository for UserRepository {
    async fn find(&self, id: u64) -> Option<String> {
        tokio::time::sleep(Duration::from_millis(100)).await;
        Some(format!("User {id}"))
    }
}

// ANCHOR: generic
/// Static dispatch: one copy of this function per repository type.
pub async fn find_all<R: Repository>(repo: &R, ids: &[u64]) -> Vec<Option<String>> {
    let mut found = Vec::new();
    for &id in ids {
        found.push(repo.find(id).await);
    }
    found
}
// ANCHOR_END: generic

// ANCHOR: enum
/// The backends this program knows, in one type. A `Vec<Backend>` can hold
/// both kinds: what `Vec<Box<dyn Repository>>` would have done.
pub enum Backend {
    Map(MapRepository),
    User(UserRepository),
}

impl Repository for Backend {
    async fn find(&self, id: u64) -> Option<String> {
        match self {
            Backend::Map(repo) => repo.find(id).await,
            Backend::User(repo) => repo.find(id).await,
        }
    }
}

/// Asks each backend in turn; the first that knows `id` answers.
pub async fn find_anywhere(backends: &[Backend], id: u64) -> Option<String> {
    for backend in backends {
        if let Some(name) = backend.find(id).await {
            return Some(name);
        }
    }
    None
}
// ANCHOR_END: enum
