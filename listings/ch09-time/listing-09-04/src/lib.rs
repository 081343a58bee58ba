//! Listing 9-4: a limit per step, or one deadline for the whole job.
use tokio::time::{Duration, Instant, error::Elapsed, sleep, timeout, timeout_at};

/// One step of a job: 1.5 seconds.
pub async fn step(n: u32) -> u32 {
    sleep(Duration::from_millis(1500)).await;
    n
}

// ANCHOR: per_step
/// Each step gets two seconds. Every step fits, so three take 4.5 s.
pub async fn limit_per_step(done: &mut Vec<u32>) -> Result<(), Elapsed> {
    for n in 1..=3 {
        done.push(timeout(Duration::from_secs(2), step(n)).await?);
    }
    Ok(())
}
// ANCHOR_END: per_step

// ANCHOR: deadline
/// The job as a whole must end by `deadline`, however many steps it has.
pub async fn one_deadline(deadline: Instant, done: &mut Vec<u32>) -> Result<(), Elapsed> {
    for n in 1..=3 {
        done.push(timeout_at(deadline, step(n)).await?);
    }
    Ok(())
}
// ANCHOR_END: deadline

// ANCHOR: run
fn report(name: &str, result: Result<(), Elapsed>, done: &[u32], start: Instant) -> String {
    let at = start.elapsed().as_secs_f64();
    match result {
        Ok(()) => format!("{name}: steps {done:?} done at {at:.1} s"),
        Err(_) => format!("{name}: gave up at {at:.1} s after steps {done:?}"),
    }
}

pub async fn run() -> Vec<String> {
    let start = Instant::now();
    let mut done = Vec::new();
    let result = limit_per_step(&mut done).await;
    let first = report("2 s per step", result, &done, start);

    let start = Instant::now();
    let mut done = Vec::new();
    let result = one_deadline(start + Duration::from_secs(3), &mut done).await;
    let second = report("3 s in all", result, &done, start);
    vec![first, second]
}
// ANCHOR_END: run
