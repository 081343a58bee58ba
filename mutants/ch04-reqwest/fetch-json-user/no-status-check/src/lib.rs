//! Wrong: handles 404, but decodes any other answer without checking its
//! status, so a 500's error page fails as a JSON error that has no status.
use reqwest::{Client, StatusCode};
use serde::Deserialize;

#[derive(Debug, PartialEq, Deserialize)]
pub struct User {
    pub login: String,
    pub id: u64,
    pub name: Option<String>,
}

pub async fn find_user(
    client: &Client,
    base: &str,
    login: &str,
) -> Result<Option<User>, reqwest::Error> {
    let response = client.get(format!("{base}/users/{login}")).send().await?;
    if response.status() == StatusCode::NOT_FOUND {
        return Ok(None);
    }
    Ok(Some(response.json::<User>().await?))
}
