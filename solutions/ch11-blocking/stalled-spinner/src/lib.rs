//! Solution: a spinner that keeps turning while a report loads.
use std::convert::Infallible;
use std::future::Future;

/// Runs `load` on tokio's blocking pool and returns what it returns, while
/// `spinner` turns.
pub async fn load_with_spinner<T, L, S>(load: L, spinner: S) -> T
where
    L: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
    S: Future<Output = Infallible>,
{
    // `block_in_place` moves the *other tasks* away, but the spinner is a
    // future of this task: it waits until the closure returns. The load
    // goes to a thread of the blocking pool instead; this task only awaits
    // its handle, and polls the spinner meanwhile.
    let report = tokio::task::spawn_blocking(load);
    tokio::select! {
        report = report => report.expect("the load panicked"),
        never = spinner => match never {},
    }
}
