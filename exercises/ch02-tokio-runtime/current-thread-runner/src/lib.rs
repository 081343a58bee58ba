//! Exercise: run a future to completion on a current-thread runtime.

/// Runs `future` to completion on a new current-thread runtime and returns
/// its output.
///
/// The runtime must run every task on the calling thread, and it must have
/// a timer, so that the future can `sleep`.
pub fn run_on_current_thread<F: Future>(future: F) -> F::Output {
    // TODO: build a current-thread runtime with its drivers turned on, then
    // block on `future`.
    todo!("build a current-thread runtime and block on the future")
}
