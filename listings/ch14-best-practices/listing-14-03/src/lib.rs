//! Listing 14-3: graceful shutdown of a pool of workers, with a
//! `CancellationToken` to say "stop" and a `TaskTracker` to wait for them.
use std::future::Future;
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

/// The jobs, shared by the workers: whoever holds the lock takes the next.
pub type Queue = Arc<tokio::sync::Mutex<mpsc::Receiver<u32>>>;

async fn next_job(queue: &Queue) -> Option<u32> {
    // tokio's mutex: the guard is held across `recv().await` on purpose,
    // so that one worker at a time waits for the next job.
    queue.lock().await.recv().await
}

/// A stand-in for real work: job `n` takes 100 to 250 ms.
pub async fn process(job: u32) {
    tokio::time::sleep(Duration::from_millis(100 + 50 * u64::from(job % 4))).await;
}

// ANCHOR: worker
async fn worker(id: usize, queue: Queue, token: CancellationToken, log: Log) {
    loop {
        // Wait for a job or for the token, whichever comes first. `biased`
        // checks the token first: once cancelled, no new job is taken.
        let job = tokio::select! {
            biased;
            () = token.cancelled() => break,
            job = next_job(&queue) => match job {
                Some(job) => job,
                None => break, // the queue is closed and empty
            },
        };
        log.started(id, job);
        // Outside the select!: a job in hand is finished, never dropped.
        process(job).await;
        log.finished(id, job);
    }
}
// ANCHOR_END: worker

// ANCHOR: pool
pub struct Pool {
    token: CancellationToken,
    tracker: TaskTracker,
}

impl Pool {
    pub fn start(workers: usize, jobs: mpsc::Receiver<u32>, log: &Log) -> Pool {
        let token = CancellationToken::new();
        let tracker = TaskTracker::new();
        let queue: Queue = Arc::new(tokio::sync::Mutex::new(jobs));
        for id in 0..workers {
            tracker.spawn(worker(id, queue.clone(), token.clone(), log.clone()));
        }
        // No more tasks will be added: `wait` may return once these exit.
        tracker.close();
        Pool { token, tracker }
    }

    /// Stops taking new jobs, and returns once every worker has finished
    /// the job it had in hand.
    pub async fn shutdown(self) {
        self.token.cancel();
        self.tracker.wait().await;
    }
}
// ANCHOR_END: pool

// ANCHOR: run
/// Starts two workers on jobs 1 to 8, runs until `signal` completes, then
/// shuts down gracefully. Returns what happened, as lines.
pub async fn run_until(signal: impl Future<Output = ()>) -> Vec<String> {
    let (tx, rx) = mpsc::channel(8);
    for job in 1..=8 {
        tx.send(job).await.expect("the queue is open");
    }
    let log = Log::default();
    let pool = Pool::start(2, rx, &log);
    signal.await;
    pool.shutdown().await;
    describe(&log.events(), 8)
}
// ANCHOR_END: run

fn describe(events: &[Event], jobs: usize) -> Vec<String> {
    let started = events
        .iter()
        .filter(|e| matches!(e, Event::Started { .. }))
        .count();
    let mut lines: Vec<String> = events
        .iter()
        .map(|event| match *event {
            Event::Started { worker, job, .. } => format!("worker {worker} started job {job}"),
            Event::Finished { worker, job, .. } => format!("worker {worker} finished job {job}"),
        })
        .collect();
    lines.push(format!("shut down; {} jobs never started", jobs - started));
    lines
}
