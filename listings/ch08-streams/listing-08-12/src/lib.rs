//! Listing 8-12: `timeout` on a stream — an error for an item that is late.
use std::pin::pin;
use std::time::Duration;
use tokio::time::{Instant, sleep_until};
use tokio_stream::{Elapsed, Stream, StreamExt};

/// Yields each event at its time in milliseconds, measured from `start`.
pub fn arriving(
    start: Instant,
    events: Vec<(u64, &'static str)>,
) -> impl Stream<Item = &'static str> {
    tokio_stream::iter(events).then(move |(at_ms, event)| async move {
        sleep_until(start + Duration::from_millis(at_ms)).await;
        event
    })
}

// ANCHOR: timeout
/// Every item, or an `Elapsed` error when the next one is more than `limit`
/// late. Each result comes with the time it was yielded.
pub async fn with_timeouts(
    events: Vec<(u64, &'static str)>,
    limit: Duration,
) -> Vec<(Result<&'static str, Elapsed>, Duration)> {
    let start = Instant::now();
    let mut events = pin!(arriving(start, events).timeout(limit));
    let mut out = Vec::new();
    while let Some(result) = events.next().await {
        out.push((result, start.elapsed()));
    }
    out
}

/// The items up to the first one that is late: then give up.
pub async fn until_first_timeout(
    events: Vec<(u64, &'static str)>,
    limit: Duration,
) -> Vec<&'static str> {
    arriving(Instant::now(), events)
        .timeout(limit)
        .map_while(Result::ok) // the first Err ends the stream
        .collect()
        .await
}
// ANCHOR_END: timeout

/// Two events in quick succession, a long silence, two more.
pub const EVENTS: [(u64, &str); 4] = [(100, "a"), (200, "b"), (2000, "c"), (2100, "d")];

/// The lines `main` prints.
pub async fn report() -> Vec<String> {
    let mut lines: Vec<String> = with_timeouts(EVENTS.to_vec(), Duration::from_secs(1))
        .await
        .into_iter()
        .map(|(result, at)| {
            let at = at.as_secs_f64();
            match result {
                Ok(event) => format!("{event} at {at:.1}s"),
                Err(e) => format!("error at {at:.1}s: {e}"),
            }
        })
        .collect();
    let kept = until_first_timeout(EVENTS.to_vec(), Duration::from_secs(1)).await;
    lines.push(format!("until the first timeout: {kept:?}"));
    lines
}
