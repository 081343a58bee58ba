//! Wrong: the bound holds, but each job is awaited before the next starts.
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::sync::Semaphore;

/// An image to resize, and how many seconds resizing it takes.
#[derive(Clone, Debug)]
pub struct Image {
    pub name: String,
    pub seconds: u64,
}

/// Watches the jobs: how many run right now, and the most that ever ran at
/// once. The tests read it.
#[derive(Default)]
pub struct Probe {
    now: AtomicUsize,
    max: AtomicUsize,
}

impl Probe {
    /// The most resize jobs that were ever running at the same time.
    pub fn max_at_once(&self) -> usize {
        self.max.load(Ordering::SeqCst)
    }
}

/// One slow job.
pub async fn resize(image: Image, probe: Arc<Probe>) -> String {
    let now = probe.now.fetch_add(1, Ordering::SeqCst) + 1;
    probe.max.fetch_max(now, Ordering::SeqCst);
    tokio::time::sleep(Duration::from_secs(image.seconds)).await;
    probe.now.fetch_sub(1, Ordering::SeqCst);
    format!("{} resized", image.name)
}

/// Resizes every image, running up to `limit` resize jobs at the same time
/// (never more), and returns the results in the order of `images`.
/// `limit` is at least 1.
pub async fn resize_all(images: Vec<Image>, limit: usize, probe: Arc<Probe>) -> Vec<String> {
    let semaphore = Arc::new(Semaphore::new(limit));
    let mut results = Vec::new();
    for image in images {
        let _permit = semaphore
            .acquire()
            .await
            .expect("the semaphore is never closed");
        results.push(resize(image, Arc::clone(&probe)).await);
    }
    results
}
