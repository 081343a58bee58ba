//! Exercise: resize every image, but never more than `limit` at once.
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// An image to resize, and how many seconds resizing it takes.
#[derive(Clone, Debug)]
pub struct Image {
    pub name: String,
    pub seconds: u64,
}

/// Watches the jobs: how many run right now, and the most that ever ran at
/// once. Do not change it: the tests read it.
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

/// One slow job. Do not change this function.
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
    // TODO: run `resize` for every image in its own task, with a
    // `tokio::sync::Semaphore` of `limit` permits so that at most `limit`
    // jobs run at once. Collect the results in the order of `images`.
    todo!(
        "resize {} images, at most {limit} at a time (the probe has seen {} so far)",
        images.len(),
        probe.max_at_once()
    )
}
