//! Wrong: never calls `worker_threads`, so tokio starts one worker per CPU
//! core, whatever the caller asked for.
use tokio::runtime::{Builder, Runtime};

pub const WORKER_NAME: &str = "course-worker";

pub fn build_runtime(_workers: usize) -> Runtime {
    Builder::new_multi_thread()
        .thread_name(WORKER_NAME)
        .enable_all()
        .build()
        .expect("failed to build the runtime")
}
