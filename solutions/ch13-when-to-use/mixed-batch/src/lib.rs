//! Solution: a batch that waits and computes.
use std::time::Duration;
use tokio::sync::oneshot;

/// One piece of a batch.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Task {
    /// Ask a remote service: waits `ms` milliseconds, then answers `ms`.
    Fetch { ms: u64 },
    /// Compute `crunch(n)`: pure computation, no waiting at all.
    Crunch { n: u64 },
}

/// The remote call. It spends its time waiting. Do not change it.
pub async fn fetch(ms: u64) -> u64 {
    tokio::time::sleep(Duration::from_millis(ms)).await;
    ms
}

/// Runs every task of `tasks` and returns their answers in the order of
/// `tasks`: `ms` for a `Fetch`, `crunch(n)` for a `Crunch`.
///
/// It runs inside an async program, so each kind of work must go to its own
/// place: the waits must overlap (a thousand fetches of one second take one
/// second), and every `crunch` must run on `pool`, never on the runtime's
/// thread — which must stay free to run other tasks while the pool computes.
pub async fn run_batch<C>(tasks: Vec<Task>, pool: &rayon::ThreadPool, crunch: C) -> Vec<u64>
where
    C: Fn(u64) -> u64 + Clone + Send + 'static,
{
    let answers = tasks.into_iter().map(|task| {
        let crunch = crunch.clone();
        async move {
            match task {
                // Waiting: stays on the runtime, where the waits overlap.
                Task::Fetch { ms } => fetch(ms).await,
                // Computing: goes to the pool; the runtime awaits the answer.
                Task::Crunch { n } => {
                    let (tx, rx) = oneshot::channel();
                    pool.spawn(move || {
                        let _ = tx.send(crunch(n));
                    });
                    rx.await.expect("the pool dropped a crunch")
                }
            }
        }
    });
    // join_all runs them all at once and keeps the order of `tasks`.
    futures::future::join_all(answers).await
}
