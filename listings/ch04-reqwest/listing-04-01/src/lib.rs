//! Listing 4-1: `.query()` and `.form()`, which reqwest 0.13 only compiles
//! with its `query` and `form` features turned on.
use serde::Serialize;

// ANCHOR: query
/// Searches `base` for `term`: `GET {base}/search?q={term}&page={page}`.
pub async fn search(
    client: &reqwest::Client,
    base: &str,
    term: &str,
    page: u32,
) -> Result<String, reqwest::Error> {
    client
        .get(format!("{base}/search"))
        // Needs the `query` feature: encodes the pairs into the URL.
        .query(&[("q", term), ("page", &page.to_string())])
        .send()
        .await?
        .text()
        .await
}
// ANCHOR_END: query

// ANCHOR: form
/// What a sign-in form sends.
#[derive(Serialize)]
pub struct SignIn<'a> {
    pub user: &'a str,
    pub password: &'a str,
}

/// Posts the form to `{base}/login` and returns the status code.
pub async fn sign_in(
    client: &reqwest::Client,
    base: &str,
    form: &SignIn<'_>,
) -> Result<u16, reqwest::Error> {
    let response = client
        .post(format!("{base}/login"))
        // Needs the `form` feature: a URL-encoded body and its content type.
        .form(form)
        .send()
        .await?;
    Ok(response.status().as_u16())
}
// ANCHOR_END: form
