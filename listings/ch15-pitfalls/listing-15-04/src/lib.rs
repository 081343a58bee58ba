//! Listing 15-4: a future that is never awaited never runs.
use std::sync::Mutex;

// ANCHOR: record
/// Appends a line to the log. An async fn: calling it only builds a future.
pub async fn record(log: &Mutex<Vec<String>>, line: &str) {
    log.lock().unwrap().push(line.to_string());
}
// ANCHOR_END: record

// ANCHOR: broken
/// Broken: the future `record` returns is dropped on the spot.
/// The compiler warns (`unused_must_use`); `#[expect]` lets this one
/// deliberate mistake through, and fails the build if the warning stops.
#[expect(unused_must_use)]
pub async fn handle_order_forgetful(log: &Mutex<Vec<String>>) {
    record(log, "order received");
    tokio::task::yield_now().await;
    record(log, "order shipped");
}
// ANCHOR_END: broken

// ANCHOR: fixed
/// Fixed: each future is awaited, so each one runs, in order.
pub async fn handle_order(log: &Mutex<Vec<String>>) {
    record(log, "order received").await;
    tokio::task::yield_now().await;
    record(log, "order shipped").await;
}
// ANCHOR_END: fixed
