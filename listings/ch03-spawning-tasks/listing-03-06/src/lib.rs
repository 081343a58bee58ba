//! Aborting a task: its handle then reports a cancelled JoinError.
use std::time::Duration;
use tokio::time::{Instant, sleep};

// ANCHOR: abort
/// Spawns a task that would take a minute, aborts it after one second and
/// looks at what its handle returns. Returns the lines `main` prints.
pub async fn abort_slow_task() -> Vec<String> {
    let start = Instant::now();
    let handle = tokio::spawn(async {
        sleep(Duration::from_secs(60)).await;
        "the report"
    });

    sleep(Duration::from_secs(1)).await;
    let mut lines = vec![format!("finished after 1s? {}", handle.is_finished())];

    handle.abort();
    match handle.await {
        Ok(report) => lines.push(format!("got {report}")),
        Err(e) if e.is_cancelled() => lines.push("the task was cancelled".to_string()),
        Err(e) => lines.push(format!("the task panicked: {e}")),
    }
    lines.push(format!("main waited {}s", start.elapsed().as_secs()));
    lines
}
// ANCHOR_END: abort
