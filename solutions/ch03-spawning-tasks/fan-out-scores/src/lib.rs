//! Solution: look up every score at once, one task per name.
use std::time::Duration;
use tokio::task::JoinSet;

/// A stand-in for a slow scoring service. A lookup takes 100 ms per letter
/// of the name; the score is the sum of the letters' places in the
/// alphabet (names are lowercase: "bob" scores 2 + 15 + 2 = 19).
/// Do not change this function.
pub async fn fetch_score(name: &str) -> u64 {
    tokio::time::sleep(Duration::from_millis(100 * name.len() as u64)).await;
    name.bytes().map(|b| u64::from(b - b'a' + 1)).sum()
}

/// Looks up the score of every name, each in its own task, all at the same
/// time. Returns `(name, score)` pairs in the order the lookups finish.
pub async fn scores(names: &[&str]) -> Vec<(String, u64)> {
    let mut tasks = JoinSet::new();
    for name in names {
        // A task must own its data ('static): copy the borrowed name into a
        // String and move that into the task.
        let name = name.to_string();
        tasks.spawn(async move {
            let score = fetch_score(&name).await;
            (name, score)
        });
    }

    // `join_next` hands back whichever task finishes next.
    let mut results = Vec::with_capacity(names.len());
    while let Some(result) = tasks.join_next().await {
        results.push(result.expect("fetch_score does not panic"));
    }
    results
}
