//! Solution: send an alert through every notifier, each on a task of its own.
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;
use tokio::time::{Instant, timeout_at};

/// A boxed future that may be sent to another thread.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Something that delivers alerts. Implementations write `async fn notify`.
pub trait Notifier {
    fn notify(&self, message: &str) -> impl Future<Output = Result<(), String>> + Send;
}

/// The same, in a form that can live behind `dyn`.
pub trait DynNotifier: Send + Sync {
    fn notify_boxed<'a>(&'a self, message: &'a str) -> BoxFuture<'a, Result<(), String>>;
}

/// Every notifier that may be shared between threads is a `DynNotifier` too.
impl<N: Notifier + Send + Sync> DynNotifier for N {
    fn notify_boxed<'a>(&'a self, message: &'a str) -> BoxFuture<'a, Result<(), String>> {
        // The trait promises `Send`, so the future fits the boxed type.
        Box::pin(self.notify(message))
    }
}

/// What became of the alert, for one notifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    Failed(String),
    Panicked,
    TimedOut,
}

/// Sends `message` through every notifier at once, each on a task of its
/// own; returns the outcomes in the order of `notifiers`.
pub async fn notify_all(
    notifiers: &[Arc<dyn DynNotifier>],
    message: &str,
    deadline: Duration,
) -> Vec<Outcome> {
    let until = Instant::now() + deadline;
    // A spawned task must own what it uses (`'static`): its own `Arc` of the
    // notifier and its own copy of the message. The boxed future is `Send`,
    // so the task may run on any worker.
    let tasks: Vec<_> = notifiers
        .iter()
        .map(|notifier| {
            let notifier = Arc::clone(notifier);
            let message = message.to_string();
            tokio::spawn(async move { notifier.notify_boxed(&message).await })
        })
        .collect();
    // All tasks run already; waiting for them in order keeps the order.
    let mut outcomes = Vec::with_capacity(tasks.len());
    for mut task in tasks {
        let outcome = match timeout_at(until, &mut task).await {
            Ok(Ok(Ok(()))) => Outcome::Sent,
            Ok(Ok(Err(why))) => Outcome::Failed(why),
            Ok(Err(_panicked)) => Outcome::Panicked,
            Err(_elapsed) => {
                // Dropping a JoinHandle does not stop its task.
                task.abort();
                Outcome::TimedOut
            }
        };
        outcomes.push(outcome);
    }
    outcomes
}
