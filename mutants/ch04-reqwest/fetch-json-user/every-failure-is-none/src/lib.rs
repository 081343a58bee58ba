//! Wrong: every unsuccessful status reads as "no such user", so a broken
//! server looks like a missing user.
use reqwest::Client;
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
    if !response.status().is_success() {
        return Ok(None);
    }
    Ok(Some(response.json::<User>().await?))
}
