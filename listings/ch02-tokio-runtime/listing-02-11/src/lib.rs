//! Listing 2-11: what still varies on a one-thread runtime.
// ANCHOR: all
use std::future::ready;
use std::thread::{self, ThreadId};

/// Two branches, both ready at once: which one does `select!` take?
pub async fn first_ready(biased: bool) -> &'static str {
    if biased {
        tokio::select! {
            biased; // try the branches in the order written
            _ = ready(()) => "a",
            _ = ready(()) => "b",
        }
    } else {
        tokio::select! {
            _ = ready(()) => "a",
            _ = ready(()) => "b",
        }
    }
}

/// The thread a `spawn_blocking` closure runs on.
pub async fn blocking_thread() -> ThreadId {
    tokio::task::spawn_blocking(|| thread::current().id())
        .await
        .expect("the closure does not panic")
}
// ANCHOR_END: all
