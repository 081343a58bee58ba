//! Listing 8-14: the futures inside `buffer_unordered` only make progress
//! while the stream is polled; awaiting something else in the loop stalls
//! them. Spawning the work fixes it.
use std::time::Duration;
use tokio::time::{Instant, sleep};

/// Three jobs: how long each one's work takes.
pub const JOBS: [u64; 3] = [100, 300, 300];

// ANCHOR: trap
use futures::stream::{self, StreamExt};

/// Each job notes when its work finished, in ms since `start`.
async fn work(id: usize, ms: u64, start: Instant) -> (usize, u128) {
    sleep(Duration::from_millis(ms)).await;
    (id, start.elapsed().as_millis())
}

/// Broken: the loop awaits one second of processing per result. While it
/// does, nothing polls the stream, so the jobs inside it stand still.
pub async fn stalled() -> Vec<(usize, u128)> {
    let start = Instant::now();
    let mut results = stream::iter(JOBS.into_iter().enumerate())
        .map(|(id, ms)| work(id, ms, start))
        .buffer_unordered(3);
    let mut done = Vec::new();
    while let Some(result) = results.next().await {
        done.push(result);
        sleep(Duration::from_secs(1)).await; // process it: the jobs wait
    }
    done
}
// ANCHOR_END: trap

// ANCHOR: spawned
/// Fixed: each job is a task, so it runs while the loop is busy. The stream
/// only carries the tasks' handles, still at most three at a time.
pub async fn spawned() -> Vec<(usize, u128)> {
    let start = Instant::now();
    let mut results = stream::iter(JOBS.into_iter().enumerate())
        .map(|(id, ms)| tokio::spawn(work(id, ms, start)))
        .buffer_unordered(3);
    let mut done = Vec::new();
    while let Some(result) = results.next().await {
        done.push(result.expect("a job panicked"));
        sleep(Duration::from_secs(1)).await;
    }
    done
}
// ANCHOR_END: spawned

/// One line: when each job's work finished.
pub fn line(label: &str, done: &[(usize, u128)]) -> String {
    let jobs: Vec<String> = done
        .iter()
        .map(|(id, ms)| format!("job {id} at {ms} ms"))
        .collect();
    format!("{label}: {}", jobs.join(", "))
}
