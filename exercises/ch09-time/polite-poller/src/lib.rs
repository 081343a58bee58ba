//! Exercise: a poller that hammers a slow service.
use std::time::Duration;
use tokio::time::{self, Instant};

/// Polls a service `rounds` times, one round per `period`, and returns when
/// each poll started, measured from the call to `poll`.
///
/// The service must never get two polls less than one `period` apart, even
/// after a poll that took longer than a period. When the service answers
/// quickly, poll `n` starts `n` periods after the first, with no drift.
pub async fn poll(period: Duration, rounds: usize, mut check: impl AsyncFnMut()) -> Vec<Duration> {
    let start = Instant::now();
    let mut starts = Vec::with_capacity(rounds);
    // TODO: this loop keeps to the schedule when the service is quick, but
    // after a slow poll the service gets several polls back to back. Fix it.
    let mut ticks = time::interval(period);
    for _ in 0..rounds {
        ticks.tick().await;
        starts.push(start.elapsed());
        check().await;
    }
    starts
}
