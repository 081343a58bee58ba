//! Listing 4-2: a first GET request, with the server's address as a
//! parameter so that a test can point it at a local server.

// ANCHOR: fetch
/// Fetches `{base}/users/{name}` and returns the body as text.
pub async fn fetch_text(base: &str, name: &str) -> Result<String, reqwest::Error> {
    let body = reqwest::get(format!("{base}/users/{name}"))
        .await? // the response head has arrived: status and headers
        .text()
        .await?; // the whole body has arrived
    Ok(body)
}
// ANCHOR_END: fetch
