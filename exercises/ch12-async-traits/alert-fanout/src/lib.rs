//! Exercise: send an alert through every notifier, each on a task of its own.
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

/// A boxed future that may be sent to another thread. Do not change.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Something that delivers alerts: mail, chat, a pager. Implementations
/// write `async fn notify`. Do not change.
pub trait Notifier {
    fn notify(&self, message: &str) -> impl Future<Output = Result<(), String>> + Send;
}

/// The same, in a form that can live behind `dyn`: its method returns one
/// type, a boxed future. Do not change.
pub trait DynNotifier: Send + Sync {
    fn notify_boxed<'a>(&'a self, message: &'a str) -> BoxFuture<'a, Result<(), String>>;
}

/// Every notifier that may be shared between threads is a `DynNotifier` too.
impl<N: Notifier + Send + Sync> DynNotifier for N {
    fn notify_boxed<'a>(&'a self, message: &'a str) -> BoxFuture<'a, Result<(), String>> {
        // TODO (part 1): the same as `self.notify(message)`, as the boxed type.
        todo!("notify of {message:?}, boxed")
    }
}

/// What became of the alert, for one notifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// `notify` returned `Ok`.
    Sent,
    /// `notify` returned this error.
    Failed(String),
    /// `notify` panicked.
    Panicked,
    /// `notify` was not done by the deadline; it was stopped.
    TimedOut,
}

/// Sends `message` through every notifier at once, each on a task of its
/// own, so that one that panics cannot take the others down. Every notifier
/// gets until `deadline` after the call began; one that is not done by then
/// is stopped. Returns the outcomes in the order of `notifiers`.
pub async fn notify_all(
    notifiers: &[Arc<dyn DynNotifier>],
    message: &str,
    deadline: Duration,
) -> Vec<Outcome> {
    // TODO (part 2)
    todo!(
        "send {message:?} through {} notifiers within {deadline:?}",
        notifiers.len()
    )
}
