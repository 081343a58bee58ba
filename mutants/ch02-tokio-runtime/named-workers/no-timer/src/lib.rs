//! Wrong: forgets `enable_all`, so the runtime has no timer (and no I/O
//! driver).
use tokio::runtime::{Builder, Runtime};

pub const WORKER_NAME: &str = "course-worker";

pub fn build_runtime(workers: usize) -> Runtime {
    Builder::new_multi_thread()
        .worker_threads(workers)
        .thread_name(WORKER_NAME)
        .build()
        .expect("failed to build the runtime")
}
