//! Listing 12-10: an async closure passed to a function that takes
//! `impl AsyncFnMut`, where `FnMut() -> impl Future` cannot express it.

// ANCHOR: retry
/// Calls `attempt` until it returns `Ok`, at most `tries` times.
pub async fn retry<T, E>(
    tries: u32,
    mut attempt: impl AsyncFnMut() -> Result<T, E>,
) -> Result<T, E> {
    let mut outcome = attempt().await;
    for _ in 1..tries {
        if outcome.is_ok() {
            break;
        }
        outcome = attempt().await;
    }
    outcome
}
// ANCHOR_END: retry

// ANCHOR: caller
use std::time::Duration;

/// A flaky service: busy for the first `busy` calls.
pub async fn connect(calls: &mut Vec<u32>, busy: u32) -> Result<&'static str, String> {
    tokio::time::sleep(Duration::from_millis(10)).await;
    calls.push(calls.len() as u32 + 1);
    if calls.len() as u32 <= busy {
        Err(format!("busy (call {})", calls.len()))
    } else {
        Ok("connected")
    }
}

/// The closure borrows `calls` mutably, and so does the future it returns:
/// an async closure may do that; a closure returning an `async` block may not.
pub async fn connect_with_retries(
    tries: u32,
    busy: u32,
) -> (Result<&'static str, String>, Vec<u32>) {
    let mut calls = Vec::new();
    let outcome = retry(tries, async || connect(&mut calls, busy).await).await;
    (outcome, calls)
}
// ANCHOR_END: caller
