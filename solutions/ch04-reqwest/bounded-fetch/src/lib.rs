//! Solution: fetch many URLs, at most `limit` at a time, results in order.
use futures::stream::{self, StreamExt};
use reqwest::Client;

/// Fetches one URL: its body, or an error (a 4xx or 5xx is an error).
pub async fn fetch(client: &Client, url: &str) -> Result<String, reqwest::Error> {
    client
        .get(url)
        .send()
        .await?
        .error_for_status()?
        .text()
        .await
}

/// Fetches every URL with `client`, with at most `limit` requests in flight
/// at once, and returns the results in the order of `urls`.
pub async fn fetch_all(
    client: &Client,
    urls: &[String],
    limit: usize,
) -> Vec<Result<String, reqwest::Error>> {
    stream::iter(urls)
        .map(|url| fetch(client, url))
        // Like `buffer_unordered`, it runs up to `limit` futures at once; unlike
        // it, it yields their outputs in the order the futures came in.
        .buffered(limit)
        .collect()
        .await
}
