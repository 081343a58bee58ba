//! Solution: run jobs in tasks, and tell the jobs that failed from the tasks
//! that crashed.
use std::future::Future;
use std::pin::Pin;

/// Why a job failed. Do not change this type.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum JobError {
    #[error("bad input: {0}")]
    BadInput(String),
    #[error("the service is unavailable")]
    Unavailable,
}

/// A job: a future that returns a number or a `JobError` — or panics. It is
/// `Send + 'static`, so it can be spawned. Do not change this type.
pub type Job = Pin<Box<dyn Future<Output = Result<u32, JobError>> + Send + 'static>>;

/// How the jobs ended. Each job is named by its index in the `Vec` given to
/// `run_all`, and each list is in index order. Do not change this type.
#[derive(Debug, Default, PartialEq)]
pub struct Report {
    /// Jobs that returned `Ok(value)`.
    pub values: Vec<(usize, u32)>,
    /// Jobs that returned `Err(error)`.
    pub errors: Vec<(usize, JobError)>,
    /// Jobs whose task did not finish: it panicked (or was cancelled).
    pub panicked: Vec<usize>,
}

/// Runs every job in its own task, all at the same time, waits for all of
/// them, and reports how each one ended. It must not panic, whatever the
/// jobs do.
pub async fn run_all(jobs: Vec<Job>) -> Report {
    // Spawn them all first: they run while we wait for the first one.
    let handles: Vec<_> = jobs.into_iter().map(tokio::spawn).collect();
    let mut report = Report::default();
    for (index, handle) in handles.into_iter().enumerate() {
        // Two layers: the outer Result is the task's, the inner the job's.
        match handle.await {
            Ok(Ok(value)) => report.values.push((index, value)),
            Ok(Err(error)) => report.errors.push((index, error)),
            Err(_join_error) => report.panicked.push(index),
        }
    }
    report
}
