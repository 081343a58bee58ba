//! Dropping a JoinHandle does not stop its task: the task is detached and
//! keeps running.
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;
use tokio::time::sleep;

// ANCHOR: ticker
/// A task body that adds one to `ticks` every second, three times.
pub async fn tick_three_times(ticks: Arc<AtomicU32>) {
    for _ in 0..3 {
        sleep(Duration::from_secs(1)).await;
        ticks.fetch_add(1, Ordering::SeqCst);
    }
}
// ANCHOR_END: ticker

// ANCHOR: detach
/// Spawns the ticker, drops its handle at once, and checks on it later.
/// Returns the lines `main` prints.
pub async fn drop_the_handle() -> Vec<String> {
    let ticks = Arc::new(AtomicU32::new(0));
    let handle = tokio::spawn(tick_three_times(Arc::clone(&ticks)));
    drop(handle); // detaches the task; it does not stop it

    let mut lines = vec!["handle dropped".to_string()];
    sleep(Duration::from_millis(3500)).await;
    lines.push(format!(
        "ticks after 3.5s: {}",
        ticks.load(Ordering::SeqCst)
    ));
    lines
}
// ANCHOR_END: detach
