//! Solution: give a slow lookup a deadline.
use std::future::Future;
use std::time::Duration;

/// What `fetch_with_deadline` returns when the lookup is too slow.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("no answer within {limit:?}")]
    TimedOut { limit: Duration },
}

/// Runs `lookup`, but gives up once `limit` has passed.
pub async fn fetch_with_deadline<T>(
    limit: Duration,
    lookup: impl Future<Output = T>,
) -> Result<T, FetchError> {
    // `timeout` polls the lookup and a timer together. If the timer ends
    // first, the lookup is dropped where it waits, and we get `Elapsed`.
    tokio::time::timeout(limit, lookup)
        .await
        .map_err(|_| FetchError::TimedOut { limit })
}

/// Like `fetch_with_deadline`, but returns `fallback` when time is up.
pub async fn fetch_or<T>(limit: Duration, lookup: impl Future<Output = T>, fallback: T) -> T {
    fetch_with_deadline(limit, lookup).await.unwrap_or(fallback)
}
