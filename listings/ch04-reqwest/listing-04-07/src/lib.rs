//! Listing 4-7: concurrent requests, as they are usually written — one
//! task and one `reqwest::get` per URL — with the URLs as a parameter.
use std::error::Error;

// ANCHOR: fetch_all
pub async fn fetch_all(urls: Vec<String>) -> Result<Vec<String>, Box<dyn Error + Send + Sync>> {
    let mut handles = vec![];

    for url in urls {
        let handle = tokio::spawn(async move { reqwest::get(url).await?.text().await });
        handles.push(handle);
    }

    let mut bodies = vec![];
    for handle in handles {
        bodies.push(handle.await??);
    }
    Ok(bodies)
}
// ANCHOR_END: fetch_all
