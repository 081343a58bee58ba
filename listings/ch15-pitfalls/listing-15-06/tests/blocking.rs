//! These tests use the real clock, on purpose: CPU work takes real time and
//! no virtual time, and `spawn_blocking` stops a paused clock from
//! auto-advancing. The one real wait is 20 ms of busy work; every other
//! wait ends as soon as the thing it waits for has happened.
use listing_15_06::{beats_during, handle_inline, run_blocking, run_on_pool};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

// ANCHOR: inline_test
// `#[tokio::test]` runs a current-thread runtime: one thread for every task.
#[tokio::test]
async fn cpu_work_inline_stops_the_heartbeat() {
    let started = Instant::now();
    let (rounds, beats) = beats_during(handle_inline(Duration::from_millis(20))).await;
    assert!(started.elapsed() >= Duration::from_millis(20));
    assert!(rounds > 0, "the work did run");
    assert_eq!(
        beats, 0,
        "20 beats were due, one per millisecond; the runtime's only thread was busy for all of them"
    );
}
// ANCHOR_END: inline_test

// ANCHOR: offload_test
/// Stands in for long CPU work that ends once the heartbeat has beaten three
/// more times — which it can only do if the runtime's thread is free.
/// Gives up after 5 s, so a wrong fix fails instead of hanging.
fn busy_until_three_beats(beats: Arc<AtomicU64>) -> u64 {
    let start = beats.load(Ordering::SeqCst);
    let deadline = Instant::now() + Duration::from_secs(5);
    while beats.load(Ordering::SeqCst) < start + 3 && Instant::now() < deadline {
        std::hint::spin_loop();
    }
    beats.load(Ordering::SeqCst) - start
}

/// Starts a heartbeat and runs `busy_until_three_beats` through `offload`.
async fn beats_seen_by_offloaded_work<O, Fut>(offload: O) -> u64
where
    O: FnOnce(Box<dyn FnOnce() -> u64 + Send>) -> Fut,
    Fut: Future<Output = u64>,
{
    let beats = Arc::new(AtomicU64::new(0));
    let pulse = tokio::spawn(listing_15_06::heartbeat(
        Arc::clone(&beats),
        Duration::from_millis(1),
    ));
    let seen = offload(Box::new(move || busy_until_three_beats(beats))).await;
    pulse.abort();
    seen
}

#[tokio::test]
async fn spawn_blocking_keeps_the_heartbeat_going() {
    let seen = beats_seen_by_offloaded_work(run_blocking).await;
    assert!(
        seen >= 3,
        "only {seen} beats while the work ran on the blocking pool"
    );
}
// ANCHOR_END: offload_test

#[tokio::test]
async fn a_dedicated_pool_keeps_the_heartbeat_going() {
    let seen = beats_seen_by_offloaded_work(run_on_pool).await;
    assert!(
        seen >= 3,
        "only {seen} beats while the work ran on rayon's pool"
    );
}

#[tokio::test]
async fn the_offloaded_work_still_returns_its_result() {
    let rounds = listing_15_06::handle_offloaded(Duration::from_millis(1)).await;
    assert!(rounds > 0);
}
