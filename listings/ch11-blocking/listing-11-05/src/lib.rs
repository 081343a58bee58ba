//! Listing 11-5: the blocking pool grows to one thread per waiting job;
//! a CPU pool has one thread per core.
use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

/// A CPU-bound function: the 64-bit FNV-1a hash of `data`.
pub fn checksum(data: &[u8]) -> u64 {
    data.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

// ANCHOR: waiting_jobs
/// Starts `jobs` closures on the blocking pool. Each waits at a barrier
/// until all of them are waiting there, so they can only finish if every
/// job has a thread of its own at the same time. Returns how many threads
/// ran them.
pub async fn threads_for_waiting_jobs(jobs: usize) -> usize {
    let barrier = Arc::new(Barrier::new(jobs));
    let mut set = JoinSet::new();
    for _ in 0..jobs {
        let barrier = Arc::clone(&barrier);
        set.spawn_blocking(move || {
            barrier.wait();
            std::thread::current().id()
        });
    }
    let mut threads = HashSet::new();
    while let Some(thread) = set.join_next().await {
        threads.insert(thread.expect("a job panicked"));
    }
    threads.len()
}
// ANCHOR_END: waiting_jobs

// ANCHOR: bounded
/// Hashes every file with `spawn_blocking`, but never more than `limit` at
/// once: each job holds a semaphore permit while it runs. Returns the
/// checksums in order, and the most jobs that ever ran at the same time.
pub async fn bounded_checksums(files: Vec<Vec<u8>>, limit: usize) -> (Vec<u64>, usize) {
    let permits = Arc::new(Semaphore::new(limit));
    let running = Arc::new(AtomicUsize::new(0));
    let peak = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::new();
    for file in files {
        // Wait for a free permit *before* taking a blocking thread.
        let permit = Arc::clone(&permits).acquire_owned().await.unwrap();
        let (running, peak) = (Arc::clone(&running), Arc::clone(&peak));
        handles.push(tokio::task::spawn_blocking(move || {
            let now = running.fetch_add(1, Ordering::SeqCst) + 1;
            peak.fetch_max(now, Ordering::SeqCst);
            let sum = checksum(&file);
            running.fetch_sub(1, Ordering::SeqCst);
            drop(permit); // the next job may start
            sum
        }));
    }
    let mut sums = Vec::new();
    for handle in handles {
        sums.push(handle.await.expect("a job panicked"));
    }
    (sums, peak.load(Ordering::SeqCst))
}
// ANCHOR_END: bounded
