//! Listing 12-3: `trait_variant::make` writes a second trait whose futures
//! are `Send`, so a generic function can spawn them.
use std::sync::Arc;
use std::time::Duration;
use tokio::task::JoinHandle;

// ANCHOR: variant
/// `LocalRepository` is the trait as written. The attribute adds
/// `SendRepository`: the same methods, each returning
/// `impl Future<Output = …> + Send`, with `Send` as a supertrait.
#[trait_variant::make(SendRepository: Send)]
pub trait LocalRepository {
    async fn find(&self, id: u64) -> Option<String>;
}
// ANCHOR_END: variant

// ANCHOR: impl
/// The repository. It implements the `Send` variant; the macro's
/// blanket impl makes it a `LocalRepository` too.
pub struct UserRepository;

impl SendRepository for UserRepository {
    async fn find(&self, id: u64) -> Option<String> {
        tokio::time::sleep(Duration::from_millis(100)).await;
        Some(format!("User {id}"))
    }
}
// ANCHOR_END: impl

// ANCHOR: spawn
/// Looks `id` up on another task. `R: SendRepository` promises that the
/// future `find` returns is `Send`, which is what `tokio::spawn` asks for.
pub fn spawn_find<R>(repo: Arc<R>, id: u64) -> JoinHandle<Option<String>>
where
    R: SendRepository + Sync + 'static,
{
    tokio::spawn(async move { repo.find(id).await })
}
// ANCHOR_END: spawn

/// Works with any `LocalRepository`, `Send` or not, as long as it is awaited
/// right here and not spawned.
pub async fn find_here<R: LocalRepository>(repo: &R, id: u64) -> Option<String> {
    repo.find(id).await
}
