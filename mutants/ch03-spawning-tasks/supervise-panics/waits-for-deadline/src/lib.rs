//! Wrong: sleeps until the deadline, then aborts what is left. Right
//! outcomes, but it always takes the whole deadline, even when every job is
//! done long before.
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

    tokio::time::sleep(deadline).await;
    for handle in abort_handles {
        handle.abort();
    }

    let mut report = BTreeMap::new();
    while let Some(result) = tasks.join_next_with_id().await {
        let (id, outcome) = match result {
            Ok((id, value)) => (id, Outcome::Done(value)),
            Err(e) if e.is_panic() => {
                let id = e.id();
                (id, Outcome::Panicked(panic_message(&*e.into_panic())))
            }
            // Not a panic: the task was cancelled, by the watchdog.
            Err(e) => (e.id(), Outcome::TimedOut),
        };
        if let Some(name) = names.remove(&id) {
            report.insert(name, outcome);
        }
    }

    report
}
