//! Listing 14-1: each kind of work in its place — I/O on tasks, blocking
//! calls on tokio's blocking pool, heavy computation on rayon's pool.
use rayon::prelude::*;
use std::io;
use std::path::PathBuf;
use std::time::Duration;
use tokio::sync::oneshot;
use tokio::task::JoinSet;
use tokio::time::Instant;

// ANCHOR: io
/// A stand-in for an I/O call: it waits 100 ms and barely computes.
pub async fn fetch(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(100)).await;
    format!("page {id}")
}

/// I/O-bound work: one task per call, with `tokio::spawn` (here through a
/// `JoinSet`). The waits overlap; the pages come back in `ids` order.
pub async fn fetch_all(ids: &[u32]) -> Vec<String> {
    let mut set = JoinSet::new();
    for (index, &id) in ids.iter().enumerate() {
        set.spawn(async move { (index, fetch(id).await) });
    }
    let mut pages = set.join_all().await;
    pages.sort_by_key(|&(index, _)| index);
    pages.into_iter().map(|(_, page)| page).collect()
}
// ANCHOR_END: io

// ANCHOR: blocking
/// A blocking call — `std::fs`, a sync client, a C library — goes to tokio's
/// blocking pool, so the runtime's worker thread stays free for other tasks.
pub async fn blocking<F, T>(f: F) -> T
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    tokio::task::spawn_blocking(f)
        .await
        .expect("the blocking call panicked")
}

pub async fn read_settings(path: PathBuf) -> io::Result<String> {
    blocking(move || std::fs::read_to_string(path)).await
}
// ANCHOR_END: blocking

// ANCHOR: cpu
/// Heavy computation goes to rayon's pool, one thread per core. The answer
/// comes back to the async world on a oneshot channel.
pub async fn compute<F, T>(f: F) -> T
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    let (tx, rx) = oneshot::channel();
    rayon::spawn(move || {
        // If the caller has given up (its future was dropped), nobody is
        // waiting for the answer: ignore the error.
        let _ = tx.send(f());
    });
    rx.await.expect("the computation ended without an answer")
}

/// Sums every byte, in parallel, without holding up a tokio worker.
pub async fn checksum(data: Vec<u8>) -> u64 {
    compute(move || data.par_iter().map(|&b| u64::from(b)).sum()).await
}
// ANCHOR_END: cpu

/// What `main` prints: one line per kind of work.
pub async fn report(settings: PathBuf) -> io::Result<Vec<String>> {
    let start = Instant::now();
    let ids: Vec<u32> = (0..100).collect();
    let pages = fetch_all(&ids).await;
    let io_line = format!(
        "I/O:      {} pages fetched in {:.1} s",
        pages.len(),
        start.elapsed().as_secs_f64()
    );
    let text = read_settings(settings).await?;
    let blocking_line = format!("blocking: settings.txt has {} lines", text.lines().count());
    let data: Vec<u8> = (0..1_000_000u32).map(|i| (i % 256) as u8).collect();
    let cpu_line = format!(
        "CPU:      checksum of 1000000 bytes = {}",
        checksum(data).await
    );
    Ok(vec![io_line, blocking_line, cpu_line])
}
