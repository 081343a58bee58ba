//! Solution: one client for many requests.

/// Fetches `base` followed by each path, one after the other, and returns
/// the bodies in the order of the paths.
pub async fn fetch_pages(base: &str, paths: &[&str]) -> Result<Vec<String>, reqwest::Error> {
    // One client, made once: its pool keeps the connection open, and each
    // request after the first reuses it.
    let client = reqwest::Client::new();
    let mut pages = Vec::new();
    for path in paths {
        let page = client
            .get(format!("{base}{path}"))
            .send()
            .await?
            .text()
            .await?;
        pages.push(page);
    }
    Ok(pages)
}
