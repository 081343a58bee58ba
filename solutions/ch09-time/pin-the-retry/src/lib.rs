//! A retry loop with exponential backoff. This code is right: do not edit it.
//! Your job is a test that would catch it going wrong.
use std::time::Duration;

/// Calls `op` until it returns `Ok`, at most `attempts` times in all (at
/// least once). After each failed attempt but the last it waits, `first` the
/// first time and twice as long each time after: `first`, `2 × first`,
/// `4 × first`, … It returns the first `Ok`, or the last attempt's `Err`, at
/// once, with no wait after it.
pub async fn retry_with_backoff<T, E>(
    attempts: u32,
    first: Duration,
    mut op: impl AsyncFnMut() -> Result<T, E>,
) -> Result<T, E> {
    let mut delay = first;
    let mut attempt = 1;
    loop {
        match op().await {
            Ok(value) => return Ok(value),
            Err(e) if attempt >= attempts => return Err(e),
            Err(_) => {
                tokio::time::sleep(delay).await;
                delay *= 2;
                attempt += 1;
            }
        }
    }
}
