//! Wrong: starts every request at once; nothing bounds them.
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
    futures::future::join_all(urls.iter().map(|url| fetch(client, url))).await
}
