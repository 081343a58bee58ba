//! Spawned tasks start at once and run side by side; their handles can be
//! awaited later, in any order.
use std::time::Duration;
use tokio::task::JoinHandle;
use tokio::time::{Instant, sleep};

// ANCHOR: run
/// Spawns three tasks that take 1, 2 and 3 seconds, then awaits their
/// handles. Returns the lines `main` prints.
pub async fn three_tasks() -> Vec<String> {
    let start = Instant::now();

    let mut handles: Vec<JoinHandle<u64>> = Vec::new();
    for secs in 1..=3 {
        // `spawn` hands the future to the runtime, which starts it right
        // away. We keep only the handle.
        handles.push(tokio::spawn(async move {
            sleep(Duration::from_secs(secs)).await;
            secs * 10
        }));
    }

    let mut lines = Vec::new();
    for handle in handles {
        // `.await` on a handle waits for the task and gives back its output,
        // wrapped in a Result: Err if the task panicked or was aborted.
        let value = handle.await.expect("the task failed");
        lines.push(format!("got {value} after {}s", start.elapsed().as_secs()));
    }
    lines
}
// ANCHOR_END: run
