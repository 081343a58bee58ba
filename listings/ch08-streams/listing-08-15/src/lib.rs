//! Listing 8-15: listing 8-10's jobs through `buffered` and
//! `buffer_unordered`, each job noting on a timeline when it runs, when it
//! is done and when the stream hands it out.
use std::time::Duration;

use futures::stream::{self, StreamExt};
use support::timeline::Recorder;
use tokio::time::sleep;

/// Listing 8-10's jobs: an id and how long the job takes.
pub fn jobs() -> Vec<(usize, Duration)> {
    [500, 100, 200, 100]
        .into_iter()
        .enumerate()
        .map(|(id, ms)| (id, Duration::from_millis(ms)))
        .collect()
}

// ANCHOR: run
async fn run(rec: &Recorder, (id, cost): (usize, Duration)) -> usize {
    let lane = format!("job {id}");
    rec.start(&lane, "");
    rec.wait(&lane, &format!("{} ms", cost.as_millis()));
    sleep(cost).await; // the work: a request, a query, …
    rec.end(&lane, "done");
    id
}

/// Up to `limit` jobs at once; results in input order.
pub async fn in_order(rec: &Recorder, limit: usize) -> Vec<usize> {
    let mut results = stream::iter(jobs())
        .map(|job| run(rec, job))
        .buffered(limit);
    let mut ids = Vec::new();
    while let Some(id) = results.next().await {
        rec.recv(&format!("job {id}"), "out");
        ids.push(id);
    }
    ids
}

/// Up to `limit` jobs at once; results as they finish.
pub async fn as_they_finish(rec: &Recorder, limit: usize) -> Vec<usize> {
    let mut results = stream::iter(jobs())
        .map(|job| run(rec, job))
        .buffer_unordered(limit);
    let mut ids = Vec::new();
    while let Some(id) = results.next().await {
        rec.recv(&format!("job {id}"), "out");
        ids.push(id);
    }
    ids
}
// ANCHOR_END: run
