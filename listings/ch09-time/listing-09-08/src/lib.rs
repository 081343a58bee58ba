//! Listing 9-8: retry a failing call with exponential backoff.
use tokio::time::{Duration, Instant, sleep};

// ANCHOR: policy
/// How to retry: wait `first`, then twice as long after each failure, never
/// more than `max_delay`, and give up after `max_attempts` attempts in all.
#[derive(Debug, Clone, Copy)]
pub struct Backoff {
    pub first: Duration,
    pub max_delay: Duration,
    pub max_attempts: u32,
}

impl Backoff {
    /// The wait after failed attempt number `attempt` (1 is the first).
    pub fn delay(&self, attempt: u32) -> Duration {
        let factor = 2u32.saturating_pow(attempt.saturating_sub(1));
        self.first.saturating_mul(factor).min(self.max_delay)
    }
}
// ANCHOR_END: policy

// ANCHOR: retry
/// Calls `op` until it succeeds or `policy.max_attempts` attempts have
/// failed; then returns the last error.
pub async fn retry<T, E>(
    policy: Backoff,
    mut op: impl AsyncFnMut() -> Result<T, E>,
) -> Result<T, E> {
    let mut attempt = 1;
    loop {
        match op().await {
            Ok(value) => return Ok(value),
            Err(e) if attempt >= policy.max_attempts => return Err(e),
            Err(_) => {
                sleep(policy.delay(attempt)).await;
                attempt += 1;
            }
        }
    }
}
// ANCHOR_END: retry

// ANCHOR: service
/// A service that fails its first `failures` calls, and notes when (in
/// virtual time) each call came.
pub struct Flaky {
    start: Instant,
    failures: u32,
    pub calls: Vec<Duration>,
}

impl Flaky {
    pub fn new(failures: u32) -> Self {
        Flaky {
            start: Instant::now(),
            failures,
            calls: Vec::new(),
        }
    }

    pub async fn call(&mut self) -> Result<&'static str, String> {
        self.calls.push(self.start.elapsed());
        let n = self.calls.len() as u32;
        if n <= self.failures {
            Err(format!("failure {n}"))
        } else {
            Ok("report")
        }
    }
}
// ANCHOR_END: service

// ANCHOR: run
pub const POLICY: Backoff = Backoff {
    first: Duration::from_millis(100),
    max_delay: Duration::from_secs(1),
    max_attempts: 6,
};

fn millis(times: &[Duration]) -> String {
    let times: Vec<String> = times.iter().map(|t| t.as_millis().to_string()).collect();
    times.join(", ")
}

pub async fn run() -> Vec<String> {
    let delays: Vec<Duration> = (1..POLICY.max_attempts).map(|n| POLICY.delay(n)).collect();
    let mut lines = vec![format!("delays: {} ms", millis(&delays))];
    for (name, failures) in [("fails 3 times", 3), ("always fails ", u32::MAX)] {
        let mut service = Flaky::new(failures);
        let result = retry(POLICY, async || service.call().await).await;
        lines.push(format!(
            "{name}: attempts at {} ms -> {result:?}",
            millis(&service.calls)
        ));
    }
    lines
}
// ANCHOR_END: run
