//! Exercise: retry with exponential backoff.
use std::time::Duration;

/// How to retry. Do not change this type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// The wait after the first failed attempt.
    pub first: Duration,
    /// No wait is ever longer than this.
    pub max_delay: Duration,
    /// Attempts in all, the first one included. After that many failures,
    /// give up.
    pub max_attempts: u32,
}

impl Backoff {
    /// The wait after failed attempt number `attempt` (1 is the first):
    /// `first`, then twice as long after each failure, but never more than
    /// `max_delay`. Must not overflow, however large `attempt` is.
    pub fn delay(&self, attempt: u32) -> Duration {
        // TODO: first × 2^(attempt - 1), capped at max_delay.
        todo!("the wait after failed attempt {attempt}")
    }
}

/// Calls `op` until it returns `Ok`, and returns that.
///
/// After failed attempt number `n`, waits `policy.delay(n)` before the next
/// one. After `policy.max_attempts` failed attempts, returns the last error
/// at once: there is no wait after the last attempt.
pub async fn retry<T, E>(
    policy: Backoff,
    mut op: impl AsyncFnMut() -> Result<T, E>,
) -> Result<T, E> {
    // TODO: a loop that calls `op().await`, counts the attempts, and sleeps
    // with tokio::time::sleep between them.
    todo!("retry with {policy:?}")
}
