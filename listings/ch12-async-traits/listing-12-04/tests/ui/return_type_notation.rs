// ANCHOR: all
use std::sync::Arc;
use tokio::task::JoinHandle;

trait Repository {
    async fn find(&self, id: u64) -> Option<String>;
}

// Return type notation: "`R`'s `find` returns a `Send` future".
fn spawn_find<R>(repo: Arc<R>, id: u64) -> JoinHandle<Option<String>>
where
    R: Repository<find(..): Send> + Send + Sync + 'static,
{
    tokio::spawn(async move { repo.find(id).await })
}

fn main() {}
// ANCHOR_END: all
