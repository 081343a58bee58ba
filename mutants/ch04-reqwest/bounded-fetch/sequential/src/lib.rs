//! Wrong: one request after the other; the limit is respected but never used.
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
    _limit: usize,
) -> Vec<Result<String, reqwest::Error>> {
    let mut results = Vec::new();
    for url in urls {
        results.push(fetch(client, url).await);
    }
    results
}
