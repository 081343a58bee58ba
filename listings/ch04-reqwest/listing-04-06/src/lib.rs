//! Listing 4-6: a client that gives up on slow servers.
use reqwest::Client;
use std::time::Duration;

// ANCHOR: client
/// A client whose every request must finish within `limit`, and whose
/// connections must be set up within a second.
pub fn client_with_timeout(limit: Duration) -> Result<Client, reqwest::Error> {
    Client::builder()
        .connect_timeout(Duration::from_secs(1)) // TCP (and TLS) setup only
        .timeout(limit) // the whole request: connect, send, headers, body
        .build()
}

pub async fn fetch(client: &Client, url: &str) -> Result<String, reqwest::Error> {
    client
        .get(url)
        .send()
        .await?
        .error_for_status()?
        .text()
        .await
}
// ANCHOR_END: client

// ANCHOR: per_request
/// The same request with its own, longer limit: a per-request timeout
/// replaces the client's for this one request.
pub async fn fetch_patiently(
    client: &Client,
    url: &str,
    limit: Duration,
) -> Result<String, reqwest::Error> {
    client
        .get(url)
        .timeout(limit)
        .send()
        .await?
        .error_for_status()?
        .text()
        .await
}
// ANCHOR_END: per_request
