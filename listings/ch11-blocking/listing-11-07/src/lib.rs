//! Listing 11-7: two ways out of listing 11-6's panic.

// ANCHOR: async_client
/// Fix 1: async code uses the async client, and awaits.
pub async fn status_async(client: &reqwest::Client, base_url: &str) -> reqwest::Result<String> {
    client
        .get(format!("{base_url}/status"))
        .send()
        .await?
        .text()
        .await
}
// ANCHOR_END: async_client

// ANCHOR: blocking_pool
/// The synchronous helper of listing 11-6, unchanged.
pub fn fetch_status(base_url: &str) -> reqwest::Result<String> {
    let client = reqwest::blocking::Client::new();
    client.get(format!("{base_url}/status")).send()?.text()
}

/// Fix 2: keep the sync helper, and run all of it (building, using and
/// dropping the blocking client) on a thread of the blocking pool.
pub async fn status_via_blocking_pool(base_url: String) -> reqwest::Result<String> {
    tokio::task::spawn_blocking(move || fetch_status(&base_url))
        .await
        .expect("the blocking fetch panicked")
}
// ANCHOR_END: blocking_pool
