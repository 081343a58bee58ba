//! Wrong: every reqwest error becomes the same variant.
use reqwest::{Client, StatusCode};
use serde::Deserialize;

/// What the server sends for a book. Do not change this type.
#[derive(Debug, PartialEq, Deserialize)]
pub struct Book {
    pub title: String,
    pub year: u16,
}

/// Why `fetch_book` failed. Do not change this type.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The server answered 404.
    #[error("no such book")]
    NotFound,
    /// The server answered with a 5xx status.
    #[error("the server failed with {0}")]
    Server(StatusCode),
    /// The request took longer than the client's timeout.
    #[error("the server took too long")]
    Timeout,
    /// The server answered 2xx, but the body is not a `Book`.
    #[error("the answer is not a book")]
    Decode(#[source] reqwest::Error),
    /// Anything else: another 4xx, no server at all, …
    #[error("the request failed")]
    Other(#[source] reqwest::Error),
}

/// Sorts a reqwest error into a `FetchError`. `?` calls this whenever it
/// meets a `reqwest::Error` in `fetch_book`.
impl From<reqwest::Error> for FetchError {
    fn from(err: reqwest::Error) -> Self {
        FetchError::Other(err)
    }
}

/// `GET {base}/books/{id}` with `client`, decoded into a `Book`.
pub async fn fetch_book(client: &Client, base: &str, id: u32) -> Result<Book, FetchError> {
    let book = client
        .get(format!("{base}/books/{id}"))
        .send()
        .await? // no answer: a timeout, or nobody listening
        .error_for_status()? // 4xx and 5xx: an error with its status
        .json::<Book>()
        .await?; // 2xx, but not a Book
    Ok(book)
}
