//! Listing 7-3: shared data behind a std mutex, wrapped in a type whose
//! methods are not async — so no guard can ever be held across an `.await`.
use std::time::Duration;

// ANCHOR: hits
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

/// Hit counts per page, shared by every request handler.
/// Cloning a `Hits` clones the `Arc`: all clones count into the same map.
#[derive(Clone, Default)]
pub struct Hits {
    inner: Arc<Mutex<BTreeMap<String, u64>>>,
}

impl Hits {
    /// Not async: the guard lives for two lines and is gone before the
    /// caller can reach its next `.await`.
    pub fn record(&self, page: &str) {
        let mut pages = self.inner.lock().unwrap();
        *pages.entry(page.to_owned()).or_default() += 1;
    }

    pub fn get(&self, page: &str) -> u64 {
        self.inner.lock().unwrap().get(page).copied().unwrap_or(0)
    }

    /// One line per page, in page order: `"/about: 1"`.
    pub fn report(&self) -> Vec<String> {
        let pages = self.inner.lock().unwrap();
        pages
            .iter()
            .map(|(page, n)| format!("{page}: {n}"))
            .collect()
    }
}
// ANCHOR_END: hits

// ANCHOR: handle
/// A request handler: the slow part (here, a 100 ms wait standing in for
/// building the page) runs with no lock held; then it records the hit.
pub async fn handle(hits: Hits, page: String) {
    tokio::time::sleep(Duration::from_millis(100)).await;
    hits.record(&page);
}

/// Handles every request in its own task and returns the counts.
pub async fn serve(requests: &[&str]) -> Hits {
    let hits = Hits::default();
    let mut tasks = tokio::task::JoinSet::new();
    for page in requests {
        tasks.spawn(handle(hits.clone(), page.to_string()));
    }
    tasks.join_all().await;
    hits
}
// ANCHOR_END: handle

/// The requests `main` serves.
pub const REQUESTS: [&str; 6] = ["/", "/about", "/", "/blog", "/", "/blog"];
