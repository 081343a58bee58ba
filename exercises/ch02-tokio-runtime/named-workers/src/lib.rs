//! Exercise: build a multi-thread runtime to a specification.
use tokio::runtime::Runtime;

/// The name every worker thread must carry.
pub const WORKER_NAME: &str = "course-worker";

/// Builds a multi-thread runtime with exactly `workers` worker threads, each
/// named [`WORKER_NAME`], with its I/O and time drivers turned on.
pub fn build_runtime(workers: usize) -> Runtime {
    // TODO: configure a multi-thread runtime with `tokio::runtime::Builder`.
    todo!("build a runtime with {workers} worker threads named {WORKER_NAME}")
}
