//! Wrong: measures the time, but only after the lookup is done.
use std::future::Future;
use std::time::Duration;
use tokio::time::Instant;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("no answer within {limit:?}")]
    TimedOut { limit: Duration },
}

pub async fn fetch_with_deadline<T>(
    limit: Duration,
    lookup: impl Future<Output = T>,
) -> Result<T, FetchError> {
    let start = Instant::now();
    let answer = lookup.await;
    if start.elapsed() > limit {
        Err(FetchError::TimedOut { limit })
    } else {
        Ok(answer)
    }
}

pub async fn fetch_or<T>(limit: Duration, lookup: impl Future<Output = T>, fallback: T) -> T {
    fetch_with_deadline(limit, lookup).await.unwrap_or(fallback)
}
