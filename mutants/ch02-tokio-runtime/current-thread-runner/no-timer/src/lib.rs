//! Wrong: a current-thread runtime, but without `enable_all` (or
//! `enable_time`) it has no timer, and `sleep` panics.
use tokio::runtime::Builder;

pub fn run_on_current_thread<F: Future>(future: F) -> F::Output {
    Builder::new_current_thread()
        .build()
        .expect("failed to build a current-thread runtime")
        .block_on(future)
}
