//! Wrong: awaits the lookup with no limit at all.
use std::future::Future;
use std::time::Duration;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("no answer within {limit:?}")]
    TimedOut { limit: Duration },
}

pub async fn fetch_with_deadline<T>(
    _limit: Duration,
    lookup: impl Future<Output = T>,
) -> Result<T, FetchError> {
    Ok(lookup.await)
}

pub async fn fetch_or<T>(limit: Duration, lookup: impl Future<Output = T>, fallback: T) -> T {
    fetch_with_deadline(limit, lookup).await.unwrap_or(fallback)
}
