//! Wrong: the workers never look at the token, so they keep taking jobs
//! until the queue is empty.
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// What happened to a job, and when (on tokio's clock).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Event {
    Started {
        worker: usize,
        job: u32,
        at: Instant,
    },
    Finished {
        worker: usize,
        job: u32,
        at: Instant,
    },
}

/// A log of events, shared by the workers.
#[derive(Clone, Default)]
pub struct Log(Arc<Mutex<Vec<Event>>>);

impl Log {
    pub fn push(&self, event: Event) {
        self.0.lock().unwrap().push(event);
    }

    /// Records that `worker` started `job`, now.
    pub fn started(&self, worker: usize, job: u32) {
        let at = Instant::now();
        self.push(Event::Started { worker, job, at });
    }

    /// Records that `worker` finished `job`, now.
    pub fn finished(&self, worker: usize, job: u32) {
        let at = Instant::now();
        self.push(Event::Finished { worker, job, at });
    }

    pub fn events(&self) -> Vec<Event> {
        self.0.lock().unwrap().clone()
    }
}

/// The jobs, shared by the workers.
pub type Queue = Arc<tokio::sync::Mutex<mpsc::Receiver<u32>>>;

/// Waits for the next job. `None` when the queue is closed and empty.
/// Cancel-safe: if this future is dropped, no job is lost.
pub async fn next_job(queue: &Queue) -> Option<u32> {
    queue.lock().await.recv().await
}

/// The work itself: job `n` takes 100 to 250 ms.
pub async fn process(job: u32) {
    tokio::time::sleep(Duration::from_millis(100 + 50 * u64::from(job % 4))).await;
}

/// One worker. It takes jobs from `queue` one at a time, and for each:
/// calls `log.started(id, job)`, awaits `process(job)`, then calls
/// `log.finished(id, job)`.
///
/// It stops when the queue is closed and empty, or when `token` is
/// cancelled. Cancelled, it takes no new job — not even one already waiting
/// in the queue — but a job it has started, it finishes. A worker waiting
/// for a job when the token fires stops at once.
pub async fn worker(id: usize, queue: Queue, token: CancellationToken, log: Log) {
    let _ = token;
    while let Some(job) = next_job(&queue).await {
        log.started(id, job);
        process(job).await;
        log.finished(id, job);
    }
}

pub struct Pool {
    token: CancellationToken,
    tracker: TaskTracker,
}

impl Pool {
    /// Starts `workers` workers on the jobs of `jobs`.
    pub fn start(workers: usize, jobs: mpsc::Receiver<u32>, log: &Log) -> Pool {
        let token = CancellationToken::new();
        let tracker = TaskTracker::new();
        let queue: Queue = Arc::new(tokio::sync::Mutex::new(jobs));
        for id in 0..workers {
            tracker.spawn(worker(id, queue.clone(), token.clone(), log.clone()));
        }
        tracker.close();
        Pool { token, tracker }
    }

    /// Tells every worker to stop, and returns once all of them have
    /// finished the job they had in hand.
    pub async fn shutdown(self) {
        self.token.cancel();
        // `start` closed the tracker, so `wait` returns as soon as every
        // worker has exited.
        self.tracker.wait().await;
    }
}
