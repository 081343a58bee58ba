use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Mutex, mpsc};
use tokio::time::sleep;

// ANCHOR: pool
/// `workers` tasks share one receiver and take jobs from it; each job
/// takes a second. Returns the jobs each worker did.
pub async fn worker_pool(workers: usize, jobs: u32) -> Vec<Vec<u32>> {
    let (tx, rx) = mpsc::channel(8);
    // One Receiver, shared: a worker locks it only to take the next job.
    let rx = Arc::new(Mutex::new(rx));

    let mut handles = Vec::new();
    for _ in 0..workers {
        let rx = Arc::clone(&rx);
        handles.push(tokio::spawn(async move {
            let mut done = Vec::new();
            loop {
                // The guard is a temporary: the lock is released at the
                // end of this statement, before the work starts.
                let job = rx.lock().await.recv().await;
                let Some(job) = job else { break };
                sleep(Duration::from_secs(1)).await; // the work
                done.push(job);
            }
            done
        }));
    }

    for job in 0..jobs {
        tx.send(job).await.unwrap();
    }
    drop(tx); // no more jobs: every worker's recv returns None

    let mut per_worker = Vec::new();
    for handle in handles {
        per_worker.push(handle.await.unwrap());
    }
    per_worker
}
// ANCHOR_END: pool

/// What `main` prints: runs the pool and says how many jobs it did, with how
/// many workers, in how many (whole) seconds of tokio's clock.
pub async fn summary(workers: usize, jobs: u32) -> String {
    let start = tokio::time::Instant::now();
    let per_worker = worker_pool(workers, jobs).await;
    let done: usize = per_worker.iter().map(Vec::len).sum();
    format!(
        "{done} jobs done by {} workers in {}s",
        per_worker.len(),
        start.elapsed().as_secs()
    )
}
