//! Wrong: `Runtime::new()` builds a multi-thread runtime, whose spawned
//! tasks run on worker threads, not on the caller's.
use tokio::runtime::Runtime;

pub fn run_on_current_thread<F: Future>(future: F) -> F::Output {
    Runtime::new()
        .expect("failed to build a runtime")
        .block_on(future)
}
