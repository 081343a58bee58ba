//! A `Fetcher` that never touches the network.
use crate::{FetchError, Fetcher};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

// ANCHOR: fake
/// Answers from a map, after `latency` on tokio's clock (free in a test
/// with the clock paused), and records every URL it was asked for.
/// A URL it does not know gets a 404.
pub struct FakeFetcher {
    latency: Duration,
    answers: HashMap<String, Result<String, FetchError>>,
    calls: Mutex<Vec<String>>,
}

impl FakeFetcher {
    pub fn new(latency: Duration) -> Self {
        FakeFetcher {
            latency,
            answers: HashMap::new(),
            calls: Mutex::default(),
        }
    }

    pub fn with_page(mut self, url: &str, body: &str) -> Self {
        self.answers.insert(url.to_string(), Ok(body.to_string()));
        self
    }

    pub fn with_error(mut self, url: &str, error: FetchError) -> Self {
        self.answers.insert(url.to_string(), Err(error));
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
        self.answers
            .get(url)
            .cloned()
            .unwrap_or(Err(FetchError::Status(404)))
    }
}
// ANCHOR_END: fake
