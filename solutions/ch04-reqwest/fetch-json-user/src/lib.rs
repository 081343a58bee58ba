//! Solution: fetch a user as JSON; a missing user is not an error.
use reqwest::{Client, StatusCode};
use serde::Deserialize;

/// A user, as the API returns it (it sends more fields; serde ignores them).
#[derive(Debug, PartialEq, Deserialize)]
pub struct User {
    pub login: String,
    pub id: u64,
    pub name: Option<String>,
}

/// Fetches `{base}/users/{login}`: `Some` on 200, `None` on 404, an error
/// that carries the status on any other 4xx or 5xx.
pub async fn find_user(
    client: &Client,
    base: &str,
    login: &str,
) -> Result<Option<User>, reqwest::Error> {
    let response = client.get(format!("{base}/users/{login}")).send().await?;
    // 404 is an answer ("nobody"), not a failure: handle it before the check.
    if response.status() == StatusCode::NOT_FOUND {
        return Ok(None);
    }
    // Every other 4xx or 5xx becomes an error that keeps its status; only
    // then is the body worth decoding.
    let user = response.error_for_status()?.json::<User>().await?;
    Ok(Some(user))
}
