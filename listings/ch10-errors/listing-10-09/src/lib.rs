//! Listing 10-9: asking a reqwest::Error what went wrong.
use reqwest::{Client, StatusCode};
use serde::Deserialize;
use std::time::Duration;

pub fn client(timeout: Duration) -> reqwest::Result<Client> {
    Client::builder().timeout(timeout).build()
}

#[derive(Debug, PartialEq, Deserialize)]
pub struct Price {
    pub cents: u64,
}

// ANCHOR: get_price
pub async fn get_price(client: &Client, url: &str) -> Result<Price, reqwest::Error> {
    client
        .get(url)
        .send()
        .await? // connect errors and timeouts surface here
        .error_for_status()? // 4xx and 5xx become errors here, and only here
        .json::<Price>()
        .await // a body that is not a Price: a decode error
}
// ANCHOR_END: get_price

// ANCHOR: kind
/// What went wrong, in the terms a caller acts on.
#[derive(Debug, PartialEq)]
pub enum Failure {
    Timeout,
    Connect,
    Status(StatusCode),
    Decode,
    Other,
}

pub fn failure(err: &reqwest::Error) -> Failure {
    // Timeout first: a connect that times out is both is_connect and is_timeout.
    if err.is_timeout() {
        Failure::Timeout
    } else if err.is_connect() {
        Failure::Connect
    } else if let Some(status) = err.status() {
        // Some(..) only for errors made by error_for_status (is_status() is true)
        Failure::Status(status)
    } else if err.is_decode() {
        Failure::Decode
    } else {
        Failure::Other
    }
}

/// Worth another try? A slow or absent server may come back, and so may one
/// that answers 5xx. A 4xx or a body we cannot read will not change.
pub fn is_retryable(failure: &Failure) -> bool {
    match failure {
        Failure::Timeout | Failure::Connect => true,
        Failure::Status(status) => status.is_server_error(),
        Failure::Decode | Failure::Other => false,
    }
}
// ANCHOR_END: kind
