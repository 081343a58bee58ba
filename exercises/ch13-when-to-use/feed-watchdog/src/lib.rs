//! Exercise: a watchdog for ten thousand sensors.
use std::time::Duration;
use tokio::sync::mpsc;

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
    // TODO
    let _ = (feeds, silence);
    todo!("watch every feed at once")
}
