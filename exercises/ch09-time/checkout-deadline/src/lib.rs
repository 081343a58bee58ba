//! Exercise: retries that share one deadline.
use std::time::Duration;
use tokio::time::Instant;

/// How a call ended without an answer. Do not change this type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallError<E> {
    /// The last attempt failed with `last`, and no other attempt could
    /// start before the deadline.
    GaveUp { attempts: u32, last: E },
    /// The deadline came while an attempt was still running.
    DeadlineHit { attempts: u32 },
}

/// Calls `op` until it returns `Ok`, waiting `pause` after each failure, and
/// never past `deadline`. `attempts` counts the attempts that started.
pub async fn call_before<T, E>(
    deadline: Instant,
    pause: Duration,
    mut op: impl AsyncFnMut() -> Result<T, E>,
) -> Result<T, CallError<E>> {
    // TODO: call `op`, pause after a failure, and never go past `deadline`.
    todo!("call_before")
}

/// Reserves an item, then charges for the reservation, both with retries,
/// and all within `budget` from the call. Returns the charge's receipt.
pub async fn checkout(
    budget: Duration,
    pause: Duration,
    reserve: impl AsyncFnMut() -> Result<u32, String>,
    mut charge: impl AsyncFnMut(u32) -> Result<u32, String>,
) -> Result<u32, CallError<String>> {
    // TODO: reserve, then charge for the reservation, within one budget.
    todo!("checkout")
}
