//! Solution: a poller that gives a slow service a full period of rest.
use std::time::Duration;
use tokio::time::{self, Instant, MissedTickBehavior};

/// Polls a service `rounds` times, one round per `period`, and returns when
/// each poll started, measured from the call to `poll`.
///
/// The service must never get two polls less than one `period` apart, even
/// after a poll that took longer than a period. When the service answers
/// quickly, poll `n` starts `n` periods after the first, with no drift.
pub async fn poll(period: Duration, rounds: usize, mut check: impl AsyncFnMut()) -> Vec<Duration> {
    let start = Instant::now();
    let mut starts = Vec::with_capacity(rounds);
    let mut ticks = time::interval(period);
    // The default, Burst, fires the missed ticks back to back after a slow
    // poll. Delay fires the late tick once, then restarts the period from it.
    ticks.set_missed_tick_behavior(MissedTickBehavior::Delay);
    for _ in 0..rounds {
        ticks.tick().await;
        starts.push(start.elapsed());
        check().await;
    }
    starts
}
