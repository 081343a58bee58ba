//! Listing 14-4: spans around tasks with `tracing`, so every line of output
//! says which task and which job it belongs to.
use std::time::Duration;
use tokio::task::JoinSet;
use tracing::{Instrument, info, info_span, instrument};
use tracing_subscriber::fmt::MakeWriter;

// ANCHOR: handle
/// `#[instrument]` wraps each call in a span named `handle`, with the
/// arguments as fields: every event inside says `handle{job=…}`.
#[instrument]
pub async fn handle(job: u32) -> u32 {
    info!("started");
    tokio::time::sleep(Duration::from_millis(100)).await;
    let result = job * 2;
    info!(result, "finished");
    result
}
// ANCHOR_END: handle

// ANCHOR: run
/// Runs each job on its own task, inside a `worker` span. The span travels
/// with the task's future, on whatever thread polls it.
pub async fn run(jobs: Vec<u32>) -> Vec<u32> {
    let mut set = JoinSet::new();
    for (id, job) in jobs.into_iter().enumerate() {
        set.spawn(handle(job).instrument(info_span!("worker", id)));
    }
    let mut results = set.join_all().await;
    results.sort();
    info!(count = results.len(), "all jobs done");
    results
}
// ANCHOR_END: run

// ANCHOR: subscriber
/// The subscriber `main` installs: tracing's text format, without the time
/// (so the output is the same on every run), written to `writer`.
pub fn subscriber<W>(writer: W) -> impl tracing::Subscriber + Send + Sync
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    tracing_subscriber::fmt()
        .with_writer(writer)
        .with_ansi(false)
        .without_time()
        .with_target(false)
        .finish()
}
// ANCHOR_END: subscriber
