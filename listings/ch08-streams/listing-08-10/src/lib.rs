//! Listing 8-10: a stream of jobs, run one at a time, or up to `limit` at
//! once in input order, or up to `limit` at once in completion order.
use std::time::Duration;
use tokio::time::{Instant, sleep};

// ANCHOR: run
use support::gauge::Gauge;

/// A job: its id and how long it takes.
pub type Job = (usize, Duration);

/// Runs a job, counted by the gauge while it runs.
pub async fn run(gauge: &Gauge, (id, cost): Job) -> usize {
    let _running = gauge.enter();
    sleep(cost).await; // the work: a request, a query, …
    id
}
// ANCHOR_END: run

// ANCHOR: strategies
use futures::stream::{self, StreamExt};

/// `then`: each job starts when the previous one is done.
pub async fn one_at_a_time(jobs: Vec<Job>, gauge: &Gauge) -> Vec<usize> {
    stream::iter(jobs)
        .then(|job| run(gauge, job))
        .collect()
        .await
}

/// `buffered`: up to `limit` at once, results in the order of the jobs.
pub async fn in_order(jobs: Vec<Job>, gauge: &Gauge, limit: usize) -> Vec<usize> {
    stream::iter(jobs)
        .map(|job| run(gauge, job)) // a stream of futures, none started yet
        .buffered(limit)
        .collect()
        .await
}

/// `buffer_unordered`: up to `limit` at once, results as they finish.
pub async fn as_they_finish(jobs: Vec<Job>, gauge: &Gauge, limit: usize) -> Vec<usize> {
    stream::iter(jobs)
        .map(|job| run(gauge, job))
        .buffer_unordered(limit)
        .collect()
        .await
}
// ANCHOR_END: strategies

/// Four jobs: a slow one first, then three quick ones.
pub fn jobs() -> Vec<Job> {
    [500, 100, 200, 100]
        .into_iter()
        .enumerate()
        .map(|(id, ms)| (id, Duration::from_millis(ms)))
        .collect()
}

/// The lines `main` prints: for each strategy, the order of the results,
/// how long it took and how many jobs ran at once at most.
pub async fn report() -> Vec<String> {
    let mut lines = Vec::new();
    for name in ["then", "buffered(2)", "buffer_unordered(2)"] {
        let gauge = Gauge::default();
        let start = Instant::now();
        let ids = match name {
            "then" => one_at_a_time(jobs(), &gauge).await,
            "buffered(2)" => in_order(jobs(), &gauge, 2).await,
            _ => as_they_finish(jobs(), &gauge, 2).await,
        };
        let took = start.elapsed().as_secs_f64();
        lines.push(format!(
            "{name:<20} {ids:?} in {took:.1}s, at most {} at once",
            gauge.max()
        ));
    }
    lines
}
