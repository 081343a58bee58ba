//! Exercise: look up every score at once, one task per name.
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

/// Looks up the score of every name in `names`, each in its own task, all
/// at the same time. Returns `(name, score)` pairs in the order the lookups
/// **finish**, so the whole call takes as long as the slowest lookup.
pub async fn scores(names: &[&str]) -> Vec<(String, u64)> {
    // TODO: spawn one task per name into a JoinSet, then collect each
    // task's (name, score) as it finishes.
    todo!("look up the scores of {names:?} concurrently")
}
