//! Solution: build a multi-thread runtime to a specification.
use tokio::runtime::{Builder, Runtime};

/// The name every worker thread must carry.
pub const WORKER_NAME: &str = "course-worker";

/// Builds a multi-thread runtime with exactly `workers` worker threads, each
/// named [`WORKER_NAME`], with its I/O and time drivers turned on.
pub fn build_runtime(workers: usize) -> Runtime {
    Builder::new_multi_thread()
        .worker_threads(workers)
        .thread_name(WORKER_NAME)
        .enable_all()
        .build()
        .expect("failed to build the runtime")
}
