//! Listing 15-6: CPU-heavy work on the runtime's thread stops everything else.
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tokio::time::MissedTickBehavior;

// ANCHOR: work
/// Stands in for CPU-heavy work (hashing, parsing, compressing): it keeps
/// the CPU busy for `d` of real time and never reaches an `.await`.
/// Returns how many rounds of hashing it did.
pub fn crunch(d: Duration) -> u64 {
    let start = std::time::Instant::now();
    let (mut hash, mut rounds) = (0xcbf2_9ce4_8422_2325_u64, 0);
    while start.elapsed() < d {
        for byte in 0..=255u64 {
            hash = (hash ^ byte).wrapping_mul(0x0100_0000_01b3);
        }
        rounds += 1;
    }
    std::hint::black_box(hash);
    rounds
}
// ANCHOR_END: work

// ANCHOR: heartbeat
/// Counts one beat every `every`. A beat that is missed stays missed
/// (`Skip`), as it would for a health check or a keep-alive.
pub async fn heartbeat(beats: Arc<AtomicU64>, every: Duration) {
    let mut interval = tokio::time::interval(every);
    interval.set_missed_tick_behavior(MissedTickBehavior::Skip);
    loop {
        interval.tick().await;
        beats.fetch_add(1, Ordering::SeqCst);
    }
}
// ANCHOR_END: heartbeat

// ANCHOR: inline
/// Broken: the work runs on the runtime's thread, inside the task.
pub async fn handle_inline(d: Duration) -> u64 {
    crunch(d)
}
// ANCHOR_END: inline

// ANCHOR: offload
/// Fix 1: hand blocking or CPU-heavy work to tokio's blocking pool, and
/// await its result. The runtime's thread is free in the meantime.
pub async fn run_blocking<T, F>(work: F) -> T
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    tokio::task::spawn_blocking(work)
        .await
        .expect("the blocking work panicked")
}

pub async fn handle_offloaded(d: Duration) -> u64 {
    run_blocking(move || crunch(d)).await
}
// ANCHOR_END: offload

// ANCHOR: rayon
/// Fix 2, for a steady stream of CPU work: a dedicated pool sized to the
/// cores (rayon's), and a oneshot channel to bring the answer back.
pub async fn run_on_pool<T, F>(work: F) -> T
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    let (tx, rx) = tokio::sync::oneshot::channel();
    rayon::spawn(move || {
        let _ = tx.send(work()); // the receiver may have given up: fine
    });
    rx.await.expect("the pool dropped the work (it panicked)")
}
// ANCHOR_END: rayon

// ANCHOR: measure
/// Runs `work` on the current runtime next to a heartbeat that beats every
/// millisecond, and returns the work's output and the beats it allowed.
pub async fn beats_during<F: Future>(work: F) -> (F::Output, u64) {
    let beats = Arc::new(AtomicU64::new(0));
    let pulse = tokio::spawn(heartbeat(Arc::clone(&beats), Duration::from_millis(1)));
    tokio::task::yield_now().await; // let the heartbeat start
    let before = beats.load(Ordering::SeqCst);
    let output = work.await;
    let during = beats.load(Ordering::SeqCst) - before;
    pulse.abort();
    (output, during)
}
// ANCHOR_END: measure
