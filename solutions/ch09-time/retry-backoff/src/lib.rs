//! Solution: retry with exponential backoff.
use std::time::Duration;

/// How to retry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// The wait after the first failed attempt.
    pub first: Duration,
    /// No wait is ever longer than this.
    pub max_delay: Duration,
    /// Attempts in all, the first one included.
    pub max_attempts: u32,
}

impl Backoff {
    /// The wait after failed attempt number `attempt` (1 is the first).
    pub fn delay(&self, attempt: u32) -> Duration {
        // Saturating arithmetic: 2^40 does not fit in a u32, and a Duration
        // can overflow too. Both stop at their maximum, and `min` caps it.
        let factor = 2u32.saturating_pow(attempt.saturating_sub(1));
        self.first.saturating_mul(factor).min(self.max_delay)
    }
}

/// Calls `op` until it returns `Ok`, or until `max_attempts` attempts failed.
pub async fn retry<T, E>(
    policy: Backoff,
    mut op: impl AsyncFnMut() -> Result<T, E>,
) -> Result<T, E> {
    let mut attempt = 1;
    loop {
        match op().await {
            Ok(value) => return Ok(value),
            // The last attempt: give up now, with no wait first.
            Err(e) if attempt >= policy.max_attempts => return Err(e),
            Err(_) => {
                tokio::time::sleep(policy.delay(attempt)).await;
                attempt += 1;
            }
        }
    }
}
