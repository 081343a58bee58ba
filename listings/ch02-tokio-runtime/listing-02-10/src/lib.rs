//! Listing 2-10: plain threads hand work to a runtime through its `Handle`.

// ANCHOR: lookup
use std::time::Duration;

/// Some async work: a lookup that waits on a timer.
pub async fn lookup(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(10)).await;
    format!("user-{id}")
}
// ANCHOR_END: lookup

// ANCHOR: handle
use tokio::runtime::Handle;

/// Called on a plain thread (a callback from a sync library, a worker
/// pool): it has no runtime of its own, only a `Handle` to one.
pub fn on_a_plain_thread(handle: Handle, id: u32) -> (String, tokio::task::JoinHandle<String>) {
    // block_on: run a future here, on this thread, and wait for its output.
    // The runtime's timers and sockets work because the runtime's own
    // worker threads keep driving them.
    let now = handle.block_on(lookup(id));
    // spawn: hand a future to the runtime's workers and go on at once.
    let later = handle.spawn(lookup(id + 1));
    (now, later)
}
// ANCHOR_END: handle
