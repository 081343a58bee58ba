//! Dropping a JoinSet aborts every task still in it.
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::sleep;

/// A task body that adds one to `ticks` every second, three times.
pub async fn tick_three_times(ticks: Arc<AtomicU32>) {
    for _ in 0..3 {
        sleep(Duration::from_secs(1)).await;
        ticks.fetch_add(1, Ordering::SeqCst);
    }
}

// ANCHOR: drop_set
/// Spawns the ticker into a JoinSet, then drops the set after 1.5 seconds.
/// Returns the lines `main` prints.
pub async fn drop_the_set() -> Vec<String> {
    let ticks = Arc::new(AtomicU32::new(0));
    let mut set = JoinSet::new();
    set.spawn(tick_three_times(Arc::clone(&ticks)));

    sleep(Duration::from_millis(1500)).await;
    let mut lines = vec![format!(
        "ticks after 1.5s: {}",
        ticks.load(Ordering::SeqCst)
    )];

    drop(set); // aborts the task
    lines.push("set dropped".to_string());

    sleep(Duration::from_secs(2)).await;
    lines.push(format!(
        "ticks after 3.5s: {}",
        ticks.load(Ordering::SeqCst)
    ));
    lines
}
// ANCHOR_END: drop_set
