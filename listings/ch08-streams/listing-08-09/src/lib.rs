//! Listing 8-9: `chunks_timeout` batches a stream by size *or* by time.
use std::pin::pin;
use std::time::Duration;
use tokio::time::{Instant, sleep_until};
use tokio_stream::{Stream, StreamExt};

// ANCHOR: source
/// Yields each event at its time (measured from `start`): a stand-in for log
/// lines arriving from the network.
pub fn arriving(
    start: Instant,
    events: Vec<(u64, &'static str)>,
) -> impl Stream<Item = &'static str> {
    tokio_stream::iter(events).then(move |(at_ms, event)| async move {
        sleep_until(start + Duration::from_millis(at_ms)).await;
        event
    })
}
// ANCHOR_END: source

// ANCHOR: batches
/// Groups events into batches of at most `max`, and never holds an event
/// longer than `wait`. Returns each batch with the time it was ready.
pub async fn batches(
    events: Vec<(u64, &'static str)>,
    max: usize,
    wait: Duration,
) -> Vec<(Vec<&'static str>, Duration)> {
    let start = Instant::now();
    let mut chunks = pin!(arriving(start, events).chunks_timeout(max, wait));
    let mut out = Vec::new();
    while let Some(batch) = chunks.next().await {
        out.push((batch, start.elapsed()));
    }
    out
}
// ANCHOR_END: batches

/// The events `main` batches: three at once, one a little later, two more
/// much later.
pub const EVENTS: [(u64, &str); 6] = [
    (0, "a"),
    (0, "b"),
    (0, "c"),
    (300, "d"),
    (1500, "e"),
    (1600, "f"),
];

/// The lines `main` prints.
pub async fn report() -> Vec<String> {
    batches(EVENTS.to_vec(), 3, Duration::from_secs(1))
        .await
        .into_iter()
        .map(|(batch, at)| format!("{batch:?} at {:.1}s", at.as_secs_f64()))
        .collect()
}
