//! Listing 9-11: on a paused clock, only tokio's `Instant` moves.
use std::time::Duration;

// ANCHOR: both_clocks
/// Sleeps an hour and measures it with both clocks.
pub async fn sleep_an_hour() -> (Duration, Duration) {
    let tokio_start = tokio::time::Instant::now();
    let std_start = std::time::Instant::now();

    tokio::time::sleep(Duration::from_secs(3600)).await;

    (tokio_start.elapsed(), std_start.elapsed())
}
// ANCHOR_END: both_clocks

// ANCHOR: std_token
/// A token like listing 9-10's, but on std's clock.
pub struct StdToken {
    issued: std::time::Instant,
    ttl: Duration,
}

impl StdToken {
    pub fn issue(ttl: Duration) -> Self {
        StdToken {
            issued: std::time::Instant::now(),
            ttl,
        }
    }

    pub fn is_expired(&self) -> bool {
        self.issued.elapsed() >= self.ttl
    }
}
// ANCHOR_END: std_token
