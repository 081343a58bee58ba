//! Exercise: a deadline, raced with `select!`.
use std::future::Future;
use std::time::Duration;

/// Runs `work` for at most `limit`. Returns `Some(output)` if it finishes
/// in time, or `None` at the deadline, when `work` is given up: it must not
/// go on running.
///
/// Write it with `tokio::select!` and `tokio::time::sleep`, not with
/// `tokio::time::timeout`: the point is to see how `timeout` works.
pub async fn within<F: Future>(limit: Duration, work: F) -> Option<F::Output> {
    // TODO
    let _ = (limit, work);
    todo!("race `work` against a sleep of `limit`")
}
