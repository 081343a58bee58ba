//! Exercise: a spinner that freezes while a report loads.
use std::convert::Infallible;
use std::future::Future;

/// Runs `load` and returns what it returns, while `spinner` turns.
///
/// `load` is a blocking function: it reads a big report with `std::fs`, or
/// asks a sync database driver. `spinner` is a future that draws a spinner
/// on the screen, one step per turn it gets, and never ends: once the
/// report is loaded, it is dropped.
///
/// The spinner must keep turning while `load` runs, on any runtime.
pub async fn load_with_spinner<T, L, S>(load: L, spinner: S) -> T
where
    L: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
    S: Future<Output = Infallible>,
{
    // TODO: this is broken. The spinner freezes for as long as `load` runs,
    // and on a current-thread runtime the call panics. `block_in_place` was
    // meant to keep the spinner going. Why does it not?
    tokio::select! {
        report = async { tokio::task::block_in_place(load) } => report,
        never = spinner => match never {},
    }
}
