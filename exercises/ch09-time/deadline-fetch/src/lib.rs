//! Exercise: give a slow lookup a deadline.
use std::future::Future;
use std::time::Duration;

/// What `fetch_with_deadline` returns when the lookup is too slow.
/// Do not change this type.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("no answer within {limit:?}")]
    TimedOut { limit: Duration },
}

/// Runs `lookup`, but gives up once `limit` has passed.
///
/// - The lookup answers in time: `Ok(answer)`, as soon as it answers.
/// - It does not: `Err(FetchError::TimedOut { limit })`, returned when
///   `limit` is up (not later, when the lookup would have ended), and the
///   lookup is stopped.
pub async fn fetch_with_deadline<T>(
    limit: Duration,
    lookup: impl Future<Output = T>,
) -> Result<T, FetchError> {
    // TODO: race `lookup` against `limit`, and turn a timeout into
    // `FetchError::TimedOut`.
    todo!("run the lookup with a time limit of {limit:?}")
}

/// Like `fetch_with_deadline`, but returns `fallback` when time is up.
pub async fn fetch_or<T>(limit: Duration, lookup: impl Future<Output = T>, fallback: T) -> T {
    // TODO: the answer if it comes within `limit`, else `fallback`.
    todo!("return the answer, or the fallback after {limit:?}")
}
