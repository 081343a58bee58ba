//! Exercise: a fetch function whose errors say what went wrong.
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
        // TODO: ask `err` what it is (is_timeout, status, is_decode) and pick
        // the variant. Whatever fits no other variant is `Other(err)`.
        todo!("sort {err} into a FetchError variant")
    }
}

/// `GET {base}/books/{id}` with `client`, decoded into a `Book`.
pub async fn fetch_book(client: &Client, base: &str, id: u32) -> Result<Book, FetchError> {
    // TODO: send the request, turn an error status into an error, decode
    // the body. Use `?` and let the From impl above do the sorting.
    todo!("fetch {base}/books/{id} with {client:?}")
}
