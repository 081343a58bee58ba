//! Listing 9-5: a loop of `sleep(period)` drifts; a loop of
//! `sleep_until(next)` keeps time.
use tokio::time::{Duration, Instant, sleep, sleep_until};

// ANCHOR: drift
/// Waits a full period after the work: each round takes work + period.
pub async fn sleep_after_work(rounds: u32, period: Duration, work: Duration) -> Vec<Duration> {
    let start = Instant::now();
    let mut started = Vec::new();
    for _ in 0..rounds {
        started.push(start.elapsed());
        sleep(work).await; // stands in for the round's work
        sleep(period).await;
    }
    started
}
// ANCHOR_END: drift

// ANCHOR: deadline
/// Waits until the next deadline: the work's time is part of the period.
pub async fn sleep_until_next(rounds: u32, period: Duration, work: Duration) -> Vec<Duration> {
    let start = Instant::now();
    let mut next = start;
    let mut started = Vec::new();
    for _ in 0..rounds {
        started.push(start.elapsed());
        sleep(work).await; // stands in for the round's work
        next += period;
        sleep_until(next).await;
    }
    started
}
// ANCHOR_END: deadline

// ANCHOR: run
fn line(name: &str, started: &[Duration]) -> String {
    let times: Vec<String> = started
        .iter()
        .map(|t| format!("{:.1} s", t.as_secs_f64()))
        .collect();
    format!("{name}: rounds start at {}", times.join(", "))
}

/// Five rounds of a 1 s period, each with 300 ms of work.
pub async fn run() -> Vec<String> {
    let (period, work) = (Duration::from_secs(1), Duration::from_millis(300));
    vec![
        line(
            "sleep(period)    ",
            &sleep_after_work(5, period, work).await,
        ),
        line(
            "sleep_until(next)",
            &sleep_until_next(5, period, work).await,
        ),
    ]
}
// ANCHOR_END: run
