//! Wrong: spawns the tasks and drops their handles. The tasks are detached;
//! the function returns before any of them has finished.
use std::sync::{Arc, Mutex};
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
    let results = Arc::new(Mutex::new(Vec::new()));
    for name in names {
        let name = name.to_string();
        let results = Arc::clone(&results);
        tokio::spawn(async move {
            let score = fetch_score(&name).await;
            results.lock().unwrap().push((name, score));
        });
    }
    let done = results.lock().unwrap().clone();
    done
}
