//! Listing 5-10: `tokio::try_join!` returns at the first error and drops the
//! branches that are still running.
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

/// Notes in the log if it is dropped before `done` is set.
struct Guard {
    log: Log,
    name: &'static str,
    done: bool,
}

impl Drop for Guard {
    fn drop(&mut self) {
        if !self.done {
            note(
                &self.log,
                format!("{}: dropped before it finished", self.name),
            );
        }
    }
}

// ANCHOR: page
/// Takes three seconds, then succeeds.
async fn fetch_user(log: Log) -> Result<String, String> {
    let mut guard = Guard {
        log: log.clone(),
        name: "user",
        done: false,
    };
    sleep(Duration::from_secs(3)).await;
    guard.done = true;
    note(&log, "user: loaded");
    Ok("ada".to_string())
}

/// Fails after one second.
async fn fetch_orders(log: Log) -> Result<Vec<u32>, String> {
    sleep(Duration::from_secs(1)).await;
    note(&log, "orders: failed");
    Err("orders service unavailable".to_string())
}

/// Both must succeed; the first error ends the wait.
pub async fn load_page(log: Log) -> Result<(String, Vec<u32>), String> {
    let start = Instant::now();
    let result = tokio::try_join!(fetch_user(log.clone()), fetch_orders(log.clone()));
    note(
        &log,
        format!("try_join! returned after {:?}: {result:?}", start.elapsed()),
    );
    result
}
// ANCHOR_END: page

/// The same two lookups with `join!`: it waits for both, error or not.
pub async fn load_page_with_join(log: Log) -> (Result<String, String>, Result<Vec<u32>, String>) {
    tokio::join!(fetch_user(log.clone()), fetch_orders(log))
}
