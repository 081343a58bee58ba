//! Exercise: one client for many requests.

/// Fetches `base` followed by each path, one after the other, and returns
/// the bodies in the order of the paths.
pub async fn fetch_pages(base: &str, paths: &[&str]) -> Result<Vec<String>, reqwest::Error> {
    let mut pages = Vec::new();
    for path in paths {
        // TODO: this works, but every `reqwest::get` builds a new client:
        // a new connection pool, a new TCP connection, for every page.
        let page = reqwest::get(format!("{base}{path}")).await?.text().await?;
        pages.push(page);
    }
    Ok(pages)
}
