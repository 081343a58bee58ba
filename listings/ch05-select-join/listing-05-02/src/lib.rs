//! Listing 5-2: the branch that loses a `select!` is dropped, not paused.
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::time::{Instant, sleep};

/// A shared list of what happened, in order.
pub type Log = Arc<Mutex<Vec<String>>>;

/// What the log holds so far.
pub fn lines(log: &Log) -> Vec<String> {
    log.lock().unwrap().clone()
}

fn note(log: &Log, line: impl Into<String>) {
    log.lock().unwrap().push(line.into());
}

// ANCHOR: guard
/// Writes a line to the log when it is dropped, unless `finished` was set.
struct Guard {
    log: Log,
    finished: bool,
}

impl Drop for Guard {
    fn drop(&mut self) {
        if !self.finished {
            note(&self.log, "operation: dropped before it finished");
        }
    }
}

/// A two-second operation that reports when it starts and when it ends.
async fn operation(log: Log) {
    let mut guard = Guard {
        log: log.clone(),
        finished: false,
    };
    note(&log, "operation: started");
    sleep(Duration::from_secs(2)).await;
    guard.finished = true;
    note(&log, "operation: finished");
}
// ANCHOR_END: guard

// ANCHOR: race
/// Races a one-second timer against the operation, writing to `log`.
pub async fn race(log: Log) {
    let start = Instant::now();
    tokio::select! {
        _ = sleep(Duration::from_secs(1)) => {
            note(&log, format!("timer: won after {:?}", start.elapsed()));
        }
        _ = operation(log.clone()) => {
            note(&log, "operation: won");
        }
    }
}
// ANCHOR_END: race
