//! Wrong: every JoinError is reported as a panic, including the
//! cancellation of a job aborted at the deadline.
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

pub async fn supervise(jobs: Vec<Job>, deadline: Duration) -> BTreeMap<String, Outcome> {
    let mut tasks = JoinSet::new();
    // A JoinError carries the task id, not our job name: keep the mapping.
    let mut names = HashMap::new();
    let mut abort_handles = Vec::new();
    for job in jobs {
        let abort = tasks.spawn(job.work);
        names.insert(abort.id(), job.name);
        abort_handles.push(abort);
    }

    // A watchdog task aborts whatever is still running at the deadline.
    // Aborting a task that has already finished does nothing.
    let watchdog = tokio::spawn(async move {
        tokio::time::sleep(deadline).await;
        for handle in abort_handles {
            handle.abort();
        }
    });

    let mut report = BTreeMap::new();
    while let Some(result) = tasks.join_next_with_id().await {
        let (id, outcome) = match result {
            Ok((id, value)) => (id, Outcome::Done(value)),
            Err(e) => {
                let id = e.id();
                let message = match e.try_into_panic() {
                    Ok(payload) => panic_message(&*payload),
                    Err(e) => e.to_string(),
                };
                (id, Outcome::Panicked(message))
            }
        };
        if let Some(name) = names.remove(&id) {
            report.insert(name, outcome);
        }
    }

    // Every job has ended: the watchdog has nothing left to do.
    watchdog.abort();
    report
}
