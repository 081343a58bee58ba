//! Wrong: collects every job before it starts any, so nothing runs until the channel closes.
use futures::StreamExt;
use futures::stream;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::sync::mpsc;

/// A job: its id and how long it takes.
#[derive(Debug, Clone, Copy)]
pub struct Job {
    pub id: u32,
    pub cost: Duration,
}

/// Runs jobs, and remembers the most that were ever running at once.
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

pub async fn run_jobs(worker: &Worker, mut jobs: mpsc::Receiver<Job>, limit: usize) -> Vec<u32> {
    let mut all = Vec::new();
    while let Some(job) = jobs.recv().await {
        all.push(job);
    }
    stream::iter(all)
        .map(|job| worker.process(job))
        .buffer_unordered(limit)
        .collect()
        .await
}
