//! Listing 15-9: a work queue built on broadcast does every job N times.
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Mutex, broadcast, mpsc};
use tokio::task::JoinSet;

/// Doing one job takes 10 ms. Returns (worker, job) for the record.
async fn work(worker: usize, job: u32) -> (usize, u32) {
    tokio::time::sleep(Duration::from_millis(10)).await;
    (worker, job)
}

// ANCHOR: broadcast
/// Broken: every worker subscribes to a broadcast channel. Broadcast means
/// *every receiver gets every message*: each job is done once per worker.
pub async fn broadcast_queue(jobs: u32, workers: usize) -> Vec<(usize, u32)> {
    let (tx, _) = broadcast::channel(jobs as usize);
    let mut set = JoinSet::new();
    for worker in 0..workers {
        let mut rx = tx.subscribe();
        set.spawn(async move {
            let mut done = Vec::new();
            while let Ok(job) = rx.recv().await {
                done.push(work(worker, job).await);
            }
            done
        });
    }
    for job in 0..jobs {
        tx.send(job).expect("the workers are subscribed");
    }
    drop(tx); // closes the channel: the workers' loops end
    set.join_all().await.concat()
}
// ANCHOR_END: broadcast

// ANCHOR: mpsc
/// Fixed: one mpsc channel, one receiver, shared by the workers behind a
/// mutex. Whoever holds the lock takes the next job; the job is gone from
/// the channel, so no one else can do it.
pub async fn shared_queue(jobs: u32, workers: usize) -> Vec<(usize, u32)> {
    let (tx, rx) = mpsc::channel(16);
    let rx = Arc::new(Mutex::new(rx));
    let mut set = JoinSet::new();
    for worker in 0..workers {
        let rx = Arc::clone(&rx);
        set.spawn(async move {
            let mut done = Vec::new();
            loop {
                let job = rx.lock().await.recv().await; // the lock ends here
                let Some(job) = job else { break };
                done.push(work(worker, job).await); // work without the lock
            }
            done
        });
    }
    for job in 0..jobs {
        tx.send(job).await.expect("the workers are running");
    }
    drop(tx);
    set.join_all().await.concat()
}
// ANCHOR_END: mpsc

/// How many times each job was done, by job number.
pub fn times_done(done: &[(usize, u32)], jobs: u32) -> Vec<usize> {
    (0..jobs)
        .map(|job| done.iter().filter(|(_, j)| *j == job).count())
        .collect()
}

/// What `main` prints: 6 jobs, 3 workers.
pub async fn report() -> Vec<String> {
    let done = broadcast_queue(6, 3).await;
    let broadcast = format!(
        "broadcast: {} jobs done, times each job was done {:?}",
        done.len(),
        times_done(&done, 6)
    );
    let done = shared_queue(6, 3).await;
    let mpsc = format!(
        "mpsc:      {} jobs done, times each job was done {:?}",
        done.len(),
        times_done(&done, 6)
    );
    vec![broadcast, mpsc]
}
