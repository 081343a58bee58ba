//! Listing 13-1: a thousand one-second waits, all at once and one by one.
use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{Instant, sleep};

// ANCHOR: call
/// A stand-in for one I/O call — a request, a query — that takes `wait` to
/// answer. It uses no CPU while it waits.
pub async fn simulated_call(id: u32, wait: Duration) -> u32 {
    sleep(wait).await;
    id
}
// ANCHOR_END: call

// ANCHOR: concurrent
/// Starts `n` calls as tasks, all at once, and waits for every answer.
/// Returns the answers and how long it took.
pub async fn all_at_once(n: u32, wait: Duration) -> (Vec<u32>, Duration) {
    let start = Instant::now();
    let mut set = JoinSet::new();
    for id in 0..n {
        set.spawn(simulated_call(id, wait));
    }
    let answers = set.join_all().await;
    (answers, start.elapsed())
}
// ANCHOR_END: concurrent

// ANCHOR: sequential
/// The same calls, each awaited before the next one starts.
pub async fn one_by_one(n: u32, wait: Duration) -> (Vec<u32>, Duration) {
    let start = Instant::now();
    let mut answers = Vec::new();
    for id in 0..n {
        answers.push(simulated_call(id, wait).await);
    }
    (answers, start.elapsed())
}
// ANCHOR_END: sequential

/// What `main` prints: a thousand calls at once, then three one by one.
pub async fn report() -> Vec<String> {
    let wait = Duration::from_secs(1);
    let (answers, took) = all_at_once(1_000, wait).await;
    let mut lines = vec![format!(
        "all at once: {} calls answered in {:.1} s",
        answers.len(),
        took.as_secs_f64()
    )];
    let (answers, took) = one_by_one(3, wait).await;
    lines.push(format!(
        "one by one:  {} calls answered in {:.1} s",
        answers.len(),
        took.as_secs_f64()
    ));
    lines
}
