//! Wrong: waits once more after the last failed attempt before giving up.
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
        match op().await {
            Ok(value) => return Ok(value),
            Err(e) => {
                tokio::time::sleep(policy.delay(attempt)).await;
                if attempt >= policy.max_attempts {
                    return Err(e);
                }
                attempt += 1;
            }
        }
    }
}
