//! Exercise: a hedged request. Ask the primary replica; if it is slow, ask
//! the backup as well; take whichever answer comes first; give up at a deadline.
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::time::error::Elapsed;
use tokio::time::sleep;

/// A stand-in for one replica of a service: it answers after a fixed
/// latency, and counts the requests it has started.
/// Do not change this type.
#[derive(Clone, Debug)]
pub struct Replica {
    name: &'static str,
    latency: Duration,
    started: Arc<AtomicUsize>,
}

impl Replica {
    pub fn new(name: &'static str, latency: Duration) -> Self {
        Replica {
            name,
            latency,
            started: Arc::new(AtomicUsize::new(0)),
        }
    }

    /// Answers `query` after the replica's latency. A request counts as
    /// started when the future is first polled, not when it is created.
    pub async fn ask(&self, query: &str) -> String {
        self.started.fetch_add(1, Ordering::SeqCst);
        sleep(self.latency).await;
        format!("{} answers {query}", self.name)
    }

    /// How many requests this replica has started.
    pub fn requests(&self) -> usize {
        self.started.load(Ordering::SeqCst)
    }
}

/// Asks `primary` for `query`. If it has not answered after `hedge_after`,
/// asks `backup` too — without giving up on the primary — and returns
/// whichever answer arrives first. If no answer has arrived `deadline` after
/// the start, returns the `Elapsed` error of `tokio::time::timeout`.
pub async fn first_response(
    primary: &Replica,
    backup: &Replica,
    query: &str,
    hedge_after: Duration,
    deadline: Duration,
) -> Result<String, Elapsed> {
    // TODO: race the primary against a timer; if the timer wins, race the
    // same primary request against the backup; bound the whole thing by the
    // deadline.
    todo!("ask {primary:?}, and {backup:?} after {hedge_after:?}, for {query} within {deadline:?}")
}
