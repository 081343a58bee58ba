//! Listing 12-9: the real `Fetcher`, over HTTP with reqwest.
use listing_12_08::{FetchError, Fetcher};
use std::time::Duration;

// ANCHOR: http
/// Fetches pages over HTTP. One `reqwest::Client`, reused for every fetch.
pub struct HttpFetcher {
    client: reqwest::Client,
}

impl HttpFetcher {
    /// Gives up on any request after `timeout`.
    pub fn new(timeout: Duration) -> Result<Self, reqwest::Error> {
        let client = reqwest::Client::builder().timeout(timeout).build()?;
        Ok(HttpFetcher { client })
    }
}

impl Fetcher for HttpFetcher {
    async fn fetch(&self, url: &str) -> Result<String, FetchError> {
        let network = |e: reqwest::Error| FetchError::Network(e.to_string());
        let response = self.client.get(url).send().await.map_err(network)?;
        let status = response.status();
        if !status.is_success() {
            return Err(FetchError::Status(status.as_u16()));
        }
        response.text().await.map_err(network)
    }
}
// ANCHOR_END: http
