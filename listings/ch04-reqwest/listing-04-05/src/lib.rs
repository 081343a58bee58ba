//! Listing 4-5: a status code of 4xx or 5xx is not an error until you say so.
use reqwest::Client;
use serde::Deserialize;

#[derive(Debug, PartialEq, Deserialize)]
pub struct Todo {
    pub id: u64,
    pub title: String,
}

// ANCHOR: unchecked
/// Decodes whatever comes back, error page or not.
pub async fn get_todo_unchecked(
    client: &Client,
    base: &str,
    id: u64,
) -> Result<Todo, reqwest::Error> {
    client
        .get(format!("{base}/todos/{id}"))
        .send()
        .await?
        .json()
        .await
}
// ANCHOR_END: unchecked

// ANCHOR: checked
/// Turns a 4xx or 5xx answer into an `Err` before looking at the body.
pub async fn get_todo(client: &Client, base: &str, id: u64) -> Result<Todo, reqwest::Error> {
    client
        .get(format!("{base}/todos/{id}"))
        .send()
        .await?
        .error_for_status()? // Err(status error) for 400..=599
        .json()
        .await
}
// ANCHOR_END: checked
