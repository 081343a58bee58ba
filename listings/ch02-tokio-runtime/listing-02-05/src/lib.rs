//! Listing 2-5: a runtime configured with `Builder`.
// ANCHOR: all
use std::collections::BTreeSet;
use std::io;
use std::thread;
use tokio::runtime::{Builder, Runtime};
use tokio::task::JoinSet;

/// A multi-thread runtime with two worker threads, each named
/// `crawler-worker`, with its I/O and time drivers turned on.
pub fn build_runtime() -> io::Result<Runtime> {
    Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("crawler-worker")
        .enable_all()
        .build()
}

/// The name of the thread this code runs on.
pub fn thread_name() -> String {
    thread::current().name().unwrap_or("<unnamed>").to_owned()
}

/// Spawns `tasks` tasks and returns the names of the threads they ran on,
/// each name once.
pub async fn task_thread_names(tasks: usize) -> BTreeSet<String> {
    let mut set = JoinSet::new();
    for _ in 0..tasks {
        set.spawn(async { thread_name() });
    }
    set.join_all().await.into_iter().collect()
}
// ANCHOR_END: all
