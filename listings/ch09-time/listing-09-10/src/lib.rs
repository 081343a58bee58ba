//! Listing 9-10: code that reads the clock, written so a test can move it.
use tokio::time::{Duration, Instant};

// ANCHOR: token
/// An access token that expires `ttl` after it was issued.
pub struct Token {
    issued: Instant, // tokio's Instant: it follows the paused clock
    ttl: Duration,
}

impl Token {
    pub fn issue(ttl: Duration) -> Self {
        Token {
            issued: Instant::now(),
            ttl,
        }
    }

    pub fn is_expired(&self) -> bool {
        self.issued.elapsed() >= self.ttl
    }
}
// ANCHOR_END: token
