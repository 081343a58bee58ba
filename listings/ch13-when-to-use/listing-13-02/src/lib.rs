//! Listing 13-2: how many threads a thousand waits need — as tasks, and as
//! OS threads.
use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::thread::{self, ThreadId};
use tokio::sync::Barrier;
use tokio::task::JoinSet;

// ANCHOR: tasks
/// Spawns `n` tasks that all wait at one barrier. The barrier opens only when
/// all `n` are waiting at the same time, so when this returns, `n` waits were
/// in progress at once. Returns the number of distinct threads the tasks ran on.
pub async fn tasks_waiting_at_once(n: usize) -> usize {
    let barrier = Arc::new(Barrier::new(n));
    let threads: Arc<Mutex<HashSet<ThreadId>>> = Arc::default();
    let mut set = JoinSet::new();
    for _ in 0..n {
        let barrier = Arc::clone(&barrier);
        let threads = Arc::clone(&threads);
        set.spawn(async move {
            threads.lock().unwrap().insert(thread::current().id());
            barrier.wait().await; // the task yields; its thread runs others
            threads.lock().unwrap().insert(thread::current().id());
        });
    }
    set.join_all().await;
    threads.lock().unwrap().len()
}
// ANCHOR_END: tasks

// ANCHOR: threads
/// The same `n` waits with a thread each: a blocking barrier holds every
/// thread until all `n` are waiting. Returns the number of distinct threads.
pub fn threads_waiting_at_once(n: usize) -> usize {
    let barrier = std::sync::Barrier::new(n);
    let threads = Mutex::new(HashSet::new());
    thread::scope(|s| {
        for _ in 0..n {
            s.spawn(|| {
                threads.lock().unwrap().insert(thread::current().id());
                barrier.wait(); // the thread sleeps; nothing else can use it
            });
        }
    });
    threads.into_inner().unwrap().len()
}
// ANCHOR_END: threads

/// What `main` prints. It runs on a current-thread runtime, so the tasks
/// share exactly one thread.
pub async fn report() -> Vec<String> {
    let tasks = tasks_waiting_at_once(1_000).await;
    let threads = threads_waiting_at_once(1_000);
    vec![
        format!("1000 tasks waiting at once ran on {tasks} thread(s)"),
        format!("1000 blocking waits at once ran on {threads} thread(s)"),
    ]
}

/// The size in bytes of one waiting task's future: all the state it keeps
/// while it waits.
pub fn size_of_waiting_future() -> usize {
    let barrier = Barrier::new(1);
    let future = async move { barrier.wait().await };
    std::mem::size_of_val(&future)
}
