//! Solution: retries that share one deadline.
use std::time::Duration;
use tokio::time::{Instant, sleep, timeout_at};

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
    let mut attempts = 0;
    loop {
        attempts += 1;
        // The attempt gets whatever is left until the deadline, no more.
        match timeout_at(deadline, op()).await {
            Ok(Ok(value)) => return Ok(value),
            Ok(Err(last)) => {
                // A pause that ends at the deadline leaves no time for
                // another attempt: give up now instead of sleeping first.
                if Instant::now() + pause >= deadline {
                    return Err(CallError::GaveUp { attempts, last });
                }
                sleep(pause).await;
            }
            Err(_elapsed) => return Err(CallError::DeadlineHit { attempts }),
        }
    }
}

/// Reserves an item, then charges for the reservation, both with retries,
/// and all within `budget` from the call. Returns the charge's receipt.
pub async fn checkout(
    budget: Duration,
    pause: Duration,
    reserve: impl AsyncFnMut() -> Result<u32, String>,
    mut charge: impl AsyncFnMut(u32) -> Result<u32, String>,
) -> Result<u32, CallError<String>> {
    // One deadline, fixed once: the charge gets what the reservation left.
    let deadline = Instant::now() + budget;
    let reservation = call_before(deadline, pause, reserve).await?;
    call_before(deadline, pause, async || charge(reservation).await).await
}
