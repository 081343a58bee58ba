//! Listing 4-10: a task per URL, bounded by a semaphore.
use reqwest::Client;
use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

// ANCHOR: fetch_all
/// Fetches every URL in its own task, with at most `limit` tasks (and so
/// requests) alive at once. Returns `(index, result)` in the order the
/// tasks finish.
pub async fn fetch_all(
    client: &Client,
    urls: Vec<String>,
    limit: usize,
) -> Vec<(usize, Result<String, reqwest::Error>)> {
    let permits = Arc::new(Semaphore::new(limit));
    let mut tasks = JoinSet::new();
    for (index, url) in urls.into_iter().enumerate() {
        // Wait for a free permit *before* spawning: never more than `limit` tasks.
        let permit = Arc::clone(&permits)
            .acquire_owned()
            .await
            .expect("never closed");
        let client = client.clone(); // cheap: an Arc to the same pool
        tasks.spawn(async move {
            let result = fetch(&client, &url).await;
            drop(permit); // the next task may start
            (index, result)
        });
    }
    tasks.join_all().await
}

async fn fetch(client: &Client, url: &str) -> Result<String, reqwest::Error> {
    client
        .get(url)
        .send()
        .await?
        .error_for_status()?
        .text()
        .await
}
// ANCHOR_END: fetch_all
