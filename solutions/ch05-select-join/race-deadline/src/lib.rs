//! Solution: a deadline, raced with `select!`.
use std::future::Future;
use std::time::Duration;

/// Runs `work` for at most `limit`. Returns `Some(output)` if it finishes
/// in time, or `None` at the deadline, when `work` is given up: it must not
/// go on running.
///
/// Write it with `tokio::select!` and `tokio::time::sleep`, not with
/// `tokio::time::timeout`: the point is to see how `timeout` works.
pub async fn within<F: Future>(limit: Duration, work: F) -> Option<F::Output> {
    tokio::select! {
        // `biased`: poll the branches in order, work first. Otherwise
        // select! starts with a random branch, and a zero limit could win
        // against work that is already done.
        biased;
        output = work => Some(output),
        () = tokio::time::sleep(limit) => None, // `work` is dropped here
    }
}
