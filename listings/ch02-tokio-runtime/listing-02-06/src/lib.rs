//! Listing 2-6: a synchronous wrapper around an async function.
// ANCHOR: all
use std::io;
use tokio::runtime::{Builder, Runtime};

/// An async API, as a library such as reqwest offers it. It stands in for a
/// network request: it yields to the runtime once, as a request would while
/// it waits for the network.
pub async fn fetch(url: &str) -> String {
    tokio::task::yield_now().await;
    format!("<html>page at {url}</html>")
}

/// A client for synchronous code: its methods return values, not futures.
pub struct BlockingClient {
    rt: Runtime,
}

impl BlockingClient {
    pub fn new() -> io::Result<Self> {
        let rt = Builder::new_current_thread().enable_all().build()?;
        Ok(Self { rt })
    }

    /// Runs `fetch` to completion on the client's own runtime, blocking
    /// the calling thread until the page is there.
    pub fn fetch(&self, url: &str) -> String {
        self.rt.block_on(fetch(url))
    }
}
// ANCHOR_END: all
