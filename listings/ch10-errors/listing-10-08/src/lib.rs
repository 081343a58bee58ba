//! Listing 10-8: `try_join!` stops at the first error; `join!` waits for all.
use std::sync::Mutex;
use std::time::Duration;
use tokio::time::{Instant, sleep};

#[derive(Debug, PartialEq, thiserror::Error)]
pub enum PageError {
    #[error("the {0} service is unavailable")]
    Unavailable(&'static str),
}

/// Lines of what happened, with the virtual time since `start`.
pub struct Log {
    start: Instant,
    lines: Mutex<Vec<String>>,
}

impl Log {
    pub fn new() -> Self {
        Log {
            start: Instant::now(),
            lines: Mutex::new(Vec::new()),
        }
    }
    pub fn write(&self, what: String) {
        let secs = self.start.elapsed().as_secs();
        self.lines
            .lock()
            .unwrap()
            .push(format!("  {what} at {secs}s"));
    }
    pub fn lines(self) -> Vec<String> {
        self.lines.into_inner().unwrap()
    }
}

impl Default for Log {
    fn default() -> Self {
        Self::new()
    }
}

// ANCHOR: fetches
async fn fetch_user(log: &Log) -> Result<String, PageError> {
    sleep(Duration::from_secs(1)).await;
    log.write("user: ok".into());
    Ok("ada".into())
}

async fn fetch_orders(log: &Log) -> Result<Vec<u32>, PageError> {
    sleep(Duration::from_secs(2)).await;
    log.write("orders: failed".into());
    Err(PageError::Unavailable("orders"))
}

async fn fetch_prefs(log: &Log) -> Result<String, PageError> {
    sleep(Duration::from_secs(10)).await;
    log.write("prefs: ok".into());
    Ok("dark mode".into())
}
// ANCHOR_END: fetches

// ANCHOR: try_join
/// All three or nothing: the first `Err` ends the wait, and the futures
/// still running are dropped.
pub async fn load_page(log: &Log) -> Result<(String, Vec<u32>, String), PageError> {
    let (user, orders, prefs) =
        tokio::try_join!(fetch_user(log), fetch_orders(log), fetch_prefs(log))?;
    Ok((user, orders, prefs))
}
// ANCHOR_END: try_join

// ANCHOR: join
/// Every result, good or bad: waits for the slowest.
pub async fn load_everything(log: &Log) -> (bool, bool, bool) {
    let (user, orders, prefs) = tokio::join!(fetch_user(log), fetch_orders(log), fetch_prefs(log));
    (user.is_ok(), orders.is_ok(), prefs.is_ok())
}
// ANCHOR_END: join

/// The lines `main` prints.
pub async fn report() -> Vec<String> {
    let mut out = vec!["try_join!".to_string()];
    let log = Log::new();
    let result = load_page(&log).await;
    log.write(format!("try_join! returned {result:?}"));
    out.extend(log.lines());

    out.push("join!".to_string());
    let log = Log::new();
    let oks = load_everything(&log).await;
    log.write(format!("join! returned, ok: {oks:?}"));
    out.extend(log.lines());
    out
}
