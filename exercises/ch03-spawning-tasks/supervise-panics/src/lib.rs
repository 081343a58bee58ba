//! Exercise: run jobs side by side; report the ones that panic instead of
//! going down with them.
use std::any::Any;
use std::collections::{BTreeMap, HashMap};
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;
use tokio::task::JoinSet;

/// The work of a job: a future that returns a number, or panics. It is
/// `Send + 'static`, so it can be spawned.
pub type Work = Pin<Box<dyn Future<Output = u32> + Send + 'static>>;

/// A named piece of work. Names are unique.
pub struct Job {
    pub name: String,
    pub work: Work,
}

impl Job {
    pub fn new(name: &str, work: impl Future<Output = u32> + Send + 'static) -> Self {
        Job {
            name: name.to_string(),
            work: Box::pin(work),
        }
    }
}

/// How a job ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The job returned this value.
    Done(u32),
    /// The job panicked with this message.
    Panicked(String),
    /// The job was still running at the deadline, and was aborted.
    TimedOut,
}

/// The text of a panic payload (what `JoinError::into_panic` returns).
/// Do not change this function.
pub fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "a panic with a payload that is not text".to_string()
    }
}

/// Runs every job in its own task, all at the same time, and reports how
/// each one ended, by name:
///
/// - a job that returns a value is `Done(value)`;
/// - a job that panics is `Panicked(message)`, and the other jobs carry on;
/// - a job still running `deadline` after the call is aborted: `TimedOut`.
///
/// Returns as soon as every job has ended, and never much after the
/// deadline. It must not panic, whatever the jobs do.
pub async fn supervise(jobs: Vec<Job>, deadline: Duration) -> BTreeMap<String, Outcome> {
    // TODO: spawn each job into a JoinSet and remember which task id runs
    // which job; abort what is still running at the deadline; turn every
    // task's result (a value, a panic, a cancellation) into an Outcome.
    todo!(
        "supervise {} jobs with a deadline of {deadline:?}",
        jobs.len()
    )
}
