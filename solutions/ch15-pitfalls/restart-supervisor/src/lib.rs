//! Solution: a supervisor that restarts a crashing worker, with backoff.
use std::future::Future;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// How supervision ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The worker returned normally, after this many restarts.
    Finished { restarts: u32 },
    /// The worker crashed this many times, and no restart was left.
    GaveUp { crashes: u32 },
    /// `stop` was cancelled.
    Stopped,
}

/// The first wait after a crash; each later wait is twice the last, up to
/// [`MAX_BACKOFF`].
pub const FIRST_BACKOFF: Duration = Duration::from_millis(100);
pub const MAX_BACKOFF: Duration = Duration::from_secs(5);

/// Runs a worker made by `make_worker` as a task, and keeps it running:
///
/// - when the worker returns, supervision ends: `Finished`;
/// - when it panics, the supervisor waits (100 ms after the first crash,
///   then twice as long each time, never more than 5 s) and starts a new
///   one, at most `max_restarts` times; the crash after that is `GaveUp`;
/// - when `stop` is cancelled, it aborts the running worker and returns
///   `Stopped` at once, also in the middle of a wait.
pub async fn supervise<F, Fut>(
    mut make_worker: F,
    max_restarts: u32,
    stop: CancellationToken,
) -> Outcome
where
    F: FnMut() -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let mut restarts = 0;
    let mut backoff = FIRST_BACKOFF;
    loop {
        let mut worker = tokio::spawn(make_worker());
        let ended = tokio::select! {
            ended = &mut worker => ended,
            () = stop.cancelled() => {
                worker.abort(); // dropping the handle alone would detach it
                return Outcome::Stopped;
            }
        };
        match ended {
            Ok(()) => return Outcome::Finished { restarts },
            Err(error) if error.is_panic() => {}
            Err(_) => return Outcome::Stopped, // aborted from elsewhere
        }
        if restarts == max_restarts {
            return Outcome::GaveUp {
                crashes: restarts + 1,
            };
        }
        tokio::select! {
            () = tokio::time::sleep(backoff) => {}
            () = stop.cancelled() => return Outcome::Stopped,
        }
        backoff = (backoff * 2).min(MAX_BACKOFF);
        restarts += 1;
    }
}
