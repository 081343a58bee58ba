//! Exercise: run the jobs that arrive on a channel, a few at a time.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::sync::mpsc;

/// A job: its id and how long it takes. Do not change this type.
#[derive(Debug, Clone, Copy)]
pub struct Job {
    pub id: u32,
    pub cost: Duration,
}

/// Runs jobs, and remembers the most that were ever running at once.
/// Do not change this type.
#[derive(Default)]
pub struct Worker {
    running: AtomicUsize,
    peak: AtomicUsize,
}

impl Worker {
    /// Runs one job (it takes `job.cost`) and returns its id.
    pub async fn process(&self, job: Job) -> u32 {
        let now = self.running.fetch_add(1, Ordering::SeqCst) + 1;
        self.peak.fetch_max(now, Ordering::SeqCst);
        tokio::time::sleep(job.cost).await;
        self.running.fetch_sub(1, Ordering::SeqCst);
        job.id
    }

    /// The most jobs that were running at the same time.
    pub fn peak(&self) -> usize {
        self.peak.load(Ordering::SeqCst)
    }
}

/// Runs every job received on `jobs` with `worker.process`, until the channel
/// is closed. Up to `limit` jobs run at the same time, never more; a job
/// starts as soon as it has arrived and a slot is free. Returns the ids in
/// the order the jobs *finished*.
pub async fn run_jobs(worker: &Worker, jobs: mpsc::Receiver<Job>, limit: usize) -> Vec<u32> {
    // TODO: read the channel as a stream, and run the jobs `limit` at a time.
    todo!("run the jobs from {jobs:?}, at most {limit} at once")
}
