//! Wrong: the lookups run at the same time, but the handles are awaited in
//! the order they were spawned, so the results come in input order.
use std::time::Duration;

/// A stand-in for a slow scoring service. A lookup takes 100 ms per letter
/// of the name; the score is the sum of the letters' places in the
/// alphabet (names are lowercase: "bob" scores 2 + 15 + 2 = 19).
/// Do not change this function.
pub async fn fetch_score(name: &str) -> u64 {
    tokio::time::sleep(Duration::from_millis(100 * name.len() as u64)).await;
    name.bytes().map(|b| u64::from(b - b'a' + 1)).sum()
}

pub async fn scores(names: &[&str]) -> Vec<(String, u64)> {
    let mut handles = Vec::new();
    for name in names {
        let name = name.to_string();
        handles.push(tokio::spawn(async move {
            let score = fetch_score(&name).await;
            (name, score)
        }));
    }
    let mut results = Vec::new();
    for handle in handles {
        results.push(handle.await.unwrap());
    }
    results
}
