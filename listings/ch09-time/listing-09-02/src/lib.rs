//! Listing 9-2: when time is up, `timeout` drops the job where it waits.
use std::cell::RefCell;
use tokio::time::{Duration, Instant, sleep, timeout};

/// Lines stamped with the virtual time since the log was made.
pub struct Log {
    start: Instant,
    lines: RefCell<Vec<String>>,
}

impl Log {
    pub fn new() -> Self {
        Log {
            start: Instant::now(),
            lines: RefCell::new(Vec::new()),
        }
    }

    pub fn write(&self, what: &str) {
        let at = self.start.elapsed().as_secs_f64();
        self.lines.borrow_mut().push(format!("{at:.1} s: {what}"));
    }

    pub fn lines(self) -> Vec<String> {
        self.lines.into_inner()
    }
}

impl Default for Log {
    fn default() -> Self {
        Log::new()
    }
}

// ANCHOR: job
/// Writes to the log when it is dropped, however that happens.
struct Cleanup<'a>(&'a Log);

impl Drop for Cleanup<'_> {
    fn drop(&mut self) {
        self.0.write("cleanup: the job is dropped");
    }
}

/// Three steps of one second each.
pub async fn three_steps(log: &Log) -> &'static str {
    let _cleanup = Cleanup(log);
    for step in 1..=3 {
        log.write(&format!("step {step} started"));
        sleep(Duration::from_secs(1)).await;
        log.write(&format!("step {step} done"));
    }
    "all steps done"
}
// ANCHOR_END: job

// ANCHOR: run
/// Gives the job 2.5 seconds and returns the log.
pub async fn run() -> Vec<String> {
    let log = Log::new();
    match timeout(Duration::from_millis(2500), three_steps(&log)).await {
        Ok(done) => log.write(done),
        Err(elapsed) => log.write(&format!("timeout: {elapsed}")),
    }
    log.lines()
}
// ANCHOR_END: run
