//! Fan-out with a JoinSet: one task per job, results in the order the tasks
//! finish.
use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{Instant, sleep};

// ANCHOR: fan_out
/// Starts one "download" per `(name, millis)` pair and reports each as it
/// finishes. Returns the lines `main` prints.
pub async fn download_all(files: &[(&str, u64)]) -> Vec<String> {
    let start = Instant::now();
    let mut set = JoinSet::new();

    for &(name, millis) in files {
        // The task must own what it uses: a String, not the borrowed &str.
        let name = name.to_string();
        set.spawn(async move {
            sleep(Duration::from_millis(millis)).await;
            // Return the name with the result, to know which job this was.
            name
        });
    }

    let mut lines = Vec::new();
    // `join_next` waits for whichever task finishes next; `None` once the
    // set is empty.
    while let Some(result) = set.join_next().await {
        let name = result.expect("a download task failed");
        lines.push(format!(
            "{name} done after {}ms",
            start.elapsed().as_millis()
        ));
    }
    lines
}
// ANCHOR_END: fan_out
