//! Exercise: fetch many URLs, at most `limit` at a time, results in order.
use reqwest::Client;

/// Fetches one URL: its body, or an error (a 4xx or 5xx is an error).
/// Do not change this function.
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
    // TODO: run `fetch` for every URL, `limit` at a time, keeping the order.
    todo!(
        "fetch {} URLs, at most {limit} at a time, with {client:?}",
        urls.len()
    )
}
