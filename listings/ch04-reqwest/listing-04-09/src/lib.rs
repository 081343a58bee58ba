//! Listing 4-9: many requests, at most `limit` at a time, with one client.
use futures::stream::{self, StreamExt};
use reqwest::Client;

// ANCHOR: fetch_all
/// Fetches every URL, with at most `limit` requests in flight. Returns each
/// URL with its result, in the order the requests *finish*.
pub async fn fetch_all(
    client: &Client,
    urls: &[String],
    limit: usize,
) -> Vec<(String, Result<String, reqwest::Error>)> {
    stream::iter(urls)
        .map(|url| async move {
            let result = fetch(client, url).await;
            (url.clone(), result)
        })
        .buffer_unordered(limit) // runs up to `limit` of these futures at once
        .collect()
        .await
}

async fn fetch(client: &Client, url: &str) -> Result<String, reqwest::Error> {
    client
        .get(url)
        .send()
        .await?
        .error_for_status()?
        .text()
        .await
}
// ANCHOR_END: fetch_all
