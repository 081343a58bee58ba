//! Wrong: bounded, but the results come back in the order they finish.
use futures::stream::{self, StreamExt};
use reqwest::Client;

pub async fn fetch(client: &Client, url: &str) -> Result<String, reqwest::Error> {
    client
        .get(url)
        .send()
        .await?
        .error_for_status()?
        .text()
        .await
}

pub async fn fetch_all(
    client: &Client,
    urls: &[String],
    limit: usize,
) -> Vec<Result<String, reqwest::Error>> {
    stream::iter(urls)
        .map(|url| fetch(client, url))
        .buffer_unordered(limit)
        .collect()
        .await
}
