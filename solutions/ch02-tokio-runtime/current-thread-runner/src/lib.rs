//! Solution: run a future to completion on a current-thread runtime.
use tokio::runtime::Builder;

/// Runs `future` to completion on a new current-thread runtime and returns
/// its output.
pub fn run_on_current_thread<F: Future>(future: F) -> F::Output {
    // `new_current_thread` starts no worker thread: every task runs on the
    // thread that calls `block_on`. `enable_all` turns on the I/O driver and
    // the timer, which `sleep` needs.
    Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("failed to build a current-thread runtime")
        .block_on(future)
}
