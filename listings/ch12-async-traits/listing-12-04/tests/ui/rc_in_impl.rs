// ANCHOR: all
use std::future::Future;
use std::rc::Rc;

trait Repository {
    fn find(&self, id: u64) -> impl Future<Output = Option<String>> + Send;
}

struct CountingRepository;

impl Repository for CountingRepository {
    async fn find(&self, id: u64) -> Option<String> {
        let name = Rc::new(format!("User {id}"));
        // The `Rc` is alive across this `.await`, so this future is not `Send`.
        tokio::task::yield_now().await;
        Some(name.to_string())
    }
}

fn main() {}
// ANCHOR_END: all
