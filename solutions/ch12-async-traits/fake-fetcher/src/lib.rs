//! Solution: a fake `Fetcher`, and business logic tested with it.
use futures::future::join_all;
use std::collections::HashMap;
use std::future::Future;
use std::sync::Mutex;
use std::time::Duration;

/// Why a fetch failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("HTTP status {0}")]
    Status(u16),
    #[error("network error: {0}")]
    Network(String),
}

/// Anything that can fetch a page.
pub trait Fetcher {
    fn fetch(&self, url: &str) -> impl Future<Output = Result<String, FetchError>> + Send;
}

/// A `Fetcher` for tests: it knows some pages, takes `latency` to answer
/// every fetch, and records every URL it is asked for.
pub struct FakeFetcher {
    latency: Duration,
    pages: HashMap<String, String>,
    calls: Mutex<Vec<String>>,
}

impl FakeFetcher {
    pub fn new(latency: Duration) -> Self {
        FakeFetcher {
            latency,
            pages: HashMap::new(),
            calls: Mutex::default(),
        }
    }

    /// Adds a page that `fetch(url)` will return.
    pub fn with_page(mut self, url: &str, body: &str) -> Self {
        self.pages.insert(url.to_string(), body.to_string());
        self
    }

    /// Every URL fetched so far, in the order the fetches started.
    pub fn calls(&self) -> Vec<String> {
        self.calls.lock().unwrap().clone()
    }
}

impl Fetcher for FakeFetcher {
    async fn fetch(&self, url: &str) -> Result<String, FetchError> {
        self.calls.lock().unwrap().push(url.to_string());
        tokio::time::sleep(self.latency).await;
        self.pages.get(url).cloned().ok_or(FetchError::Status(404))
    }
}

/// What `count_words` found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WordCount {
    /// The number of words (`split_whitespace`) in all the pages fetched.
    pub words: usize,
    /// The URLs that could not be fetched, in the order of `urls`.
    pub failed: Vec<String>,
}

/// Fetches every URL at the same time and counts the words of the pages.
pub async fn count_words<F: Fetcher>(fetcher: &F, urls: &[&str]) -> WordCount {
    // `join_all` polls every fetch in turn until all are done, and gives
    // the results back in the order of `urls`.
    let results = join_all(urls.iter().map(|&url| fetcher.fetch(url))).await;
    let mut count = WordCount::default();
    for (url, result) in urls.iter().zip(results) {
        match result {
            Ok(body) => count.words += body.split_whitespace().count(),
            Err(_) => count.failed.push(url.to_string()),
        }
    }
    count
}
