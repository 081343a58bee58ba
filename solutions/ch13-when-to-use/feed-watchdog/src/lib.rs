//! Solution: a watchdog for ten thousand sensors.
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{Instant, timeout};

/// How a feed ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// The sensor closed its feed (its sender was dropped) after `beats`
    /// heartbeats.
    Closed { beats: u32 },
    /// The sensor went quiet: after `beats` heartbeats, none came for
    /// `silence`. `at` is when the watchdog gave up on it, counted from the
    /// moment `watch` was called.
    Silent { beats: u32, at: Duration },
}

/// Watches every feed at once and reports how each one ended, in the order
/// of `feeds`. A feed is silent when no heartbeat comes for `silence`: from
/// the start, or from its last heartbeat. `watch` returns as soon as every
/// feed has ended.
///
/// A plant has ten thousand sensors, and they spend their lives waiting.
pub async fn watch(feeds: Vec<mpsc::Receiver<()>>, silence: Duration) -> Vec<Ending> {
    let start = Instant::now();
    // One future per feed, all joined: ten thousand waits on one thread.
    let watchers = feeds.into_iter().map(|mut feed| async move {
        let mut beats = 0;
        loop {
            // A fresh timeout for each heartbeat: the silence counts from
            // the last one, not from the start.
            match timeout(silence, feed.recv()).await {
                Ok(Some(())) => beats += 1,
                Ok(None) => return Ending::Closed { beats },
                Err(_) => {
                    let at = start.elapsed();
                    return Ending::Silent { beats, at };
                }
            }
        }
    });
    futures::future::join_all(watchers).await
}
