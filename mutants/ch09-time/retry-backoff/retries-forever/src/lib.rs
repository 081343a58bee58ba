//! Wrong: never gives up.
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    pub first: Duration,
    pub max_delay: Duration,
    pub max_attempts: u32,
}

impl Backoff {
    pub fn delay(&self, attempt: u32) -> Duration {
        let factor = 2u32.saturating_pow(attempt.saturating_sub(1));
        self.first.saturating_mul(factor).min(self.max_delay)
    }
}

pub async fn retry<T, E>(
    policy: Backoff,
    mut op: impl AsyncFnMut() -> Result<T, E>,
) -> Result<T, E> {
    let mut attempt = 1;
    loop {
        if let Ok(value) = op().await {
            return Ok(value);
        }
        tokio::time::sleep(policy.delay(attempt)).await;
        attempt += 1;
    }
}
