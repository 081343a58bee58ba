//! Listing 8-8: `throttle` spaces the items of a stream out in time.
use std::time::Duration;

// ANCHOR: throttle
use std::pin::pin;
use tokio::time::Instant;
use tokio_stream::{self as stream, StreamExt};

/// Sends `requests` at most one per `gap`, and returns when each one went.
pub async fn send_throttled(requests: Vec<&str>, gap: Duration) -> Vec<(String, Duration)> {
    let start = Instant::now();
    // `throttle` holds a timer: the stream is !Unpin, so pin it for `next()`.
    let mut requests = pin!(stream::iter(requests).throttle(gap));
    let mut sent = Vec::new();
    while let Some(request) = requests.next().await {
        sent.push((request.to_owned(), start.elapsed()));
    }
    sent
}
// ANCHOR_END: throttle

/// The lines `main` prints.
pub async fn report() -> Vec<String> {
    let sent = send_throttled(
        vec!["GET /a", "GET /b", "GET /c", "GET /d"],
        Duration::from_millis(500),
    )
    .await;
    sent.into_iter()
        .map(|(request, at)| format!("{request} at {:.1}s", at.as_secs_f64()))
        .collect()
}
