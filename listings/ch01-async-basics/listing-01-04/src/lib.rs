//! Listing 1-4: two waits one after the other, then both at once.
use std::time::Duration;
use tokio::time::{Instant, sleep};

// ANCHOR: fetch
/// Stands in for a slow lookup: one second of waiting, then the answer.
pub async fn fetch(what: &str) -> String {
    sleep(Duration::from_secs(1)).await;
    format!("{what} data")
}
// ANCHOR_END: fetch

// ANCHOR: sequential
/// The second lookup starts only when the first is done: two seconds.
pub async fn one_after_the_other() -> (String, String) {
    let user = fetch("user").await;
    let orders = fetch("orders").await;
    (user, orders)
}
// ANCHOR_END: sequential

// ANCHOR: concurrent
/// Both lookups wait at the same time: one second.
pub async fn both_at_once() -> (String, String) {
    tokio::join!(fetch("user"), fetch("orders"))
}
// ANCHOR_END: concurrent

// ANCHOR: report
/// Times both versions and returns the lines that `main` prints.
pub async fn report() -> Vec<String> {
    let start = Instant::now();
    one_after_the_other().await;
    let sequential = start.elapsed();

    let start = Instant::now();
    both_at_once().await;
    let concurrent = start.elapsed();

    vec![
        format!("one after the other: {:.1} s", sequential.as_secs_f64()),
        format!("both at once with join!: {:.1} s", concurrent.as_secs_f64()),
    ]
}
// ANCHOR_END: report
