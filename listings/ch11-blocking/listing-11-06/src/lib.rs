//! Listing 11-6: reqwest's blocking client, called from async code.

// ANCHOR: all
/// A helper from the synchronous part of a program: it fetches
/// `{base_url}/status` with reqwest's blocking client.
pub fn fetch_status(base_url: &str) -> reqwest::Result<String> {
    let client = reqwest::blocking::Client::new();
    client.get(format!("{base_url}/status")).send()?.text()
}

/// Wrong: an async handler that calls the blocking helper directly.
pub async fn status_handler(base_url: String) -> reqwest::Result<String> {
    fetch_status(&base_url)
}
// ANCHOR_END: all
