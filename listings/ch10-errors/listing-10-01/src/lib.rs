//! Listing 10-1: the classic `fetch_url`, unchanged but for one thing:
//! it is in a library, so a test can call it with the URL of a local server.

// ANCHOR: fetch_url
pub async fn fetch_url(url: &str) -> Result<String, reqwest::Error> {
    let response = reqwest::get(url).await?; // no response at all: return the Err
    let body = response.text().await?; // the body broke off: return the Err
    Ok(body)
}
// ANCHOR_END: fetch_url
