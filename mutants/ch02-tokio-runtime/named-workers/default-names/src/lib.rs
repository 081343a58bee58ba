//! Wrong: forgets `thread_name`, so the workers keep tokio's default name,
//! `tokio-runtime-worker`.
use tokio::runtime::{Builder, Runtime};

pub const WORKER_NAME: &str = "course-worker";

pub fn build_runtime(workers: usize) -> Runtime {
    Builder::new_multi_thread()
        .worker_threads(workers)
        .enable_all()
        .build()
        .expect("failed to build the runtime")
}
