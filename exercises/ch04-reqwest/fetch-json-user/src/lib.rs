//! Exercise: fetch a user as JSON; a missing user is not an error.
use reqwest::Client;
use serde::Deserialize;

/// A user, as the API returns it (it sends more fields; serde ignores them).
/// Do not change this type.
#[derive(Debug, PartialEq, Deserialize)]
pub struct User {
    pub login: String,
    pub id: u64,
    pub name: Option<String>,
}

/// Fetches `{base}/users/{login}` with `client`.
///
/// - `200`: `Ok(Some(user))`, the body decoded as JSON;
/// - `404`: `Ok(None)`;
/// - any other 4xx or 5xx: an `Err` whose `status()` is that status.
pub async fn find_user(
    client: &Client,
    base: &str,
    login: &str,
) -> Result<Option<User>, reqwest::Error> {
    // TODO: send the request, look at the status, then decode the body.
    todo!("fetch {base}/users/{login} with {client:?}")
}
