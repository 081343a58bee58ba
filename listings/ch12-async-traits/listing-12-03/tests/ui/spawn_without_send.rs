// ANCHOR: all
use std::sync::Arc;
use tokio::task::JoinHandle;

trait Repository {
    async fn find(&self, id: u64) -> Option<String>;
}

// `R` itself is `Send + Sync + 'static`. The future that `find` returns is
// another type, and nothing says that it is `Send`.
fn spawn_find<R>(repo: Arc<R>, id: u64) -> JoinHandle<Option<String>>
where
    R: Repository + Send + Sync + 'static,
{
    tokio::spawn(async move { repo.find(id).await })
}

fn main() {}
// ANCHOR_END: all
