//! Exercise: a task that ends when its owner lets go of it.
use std::future::Future;
use tokio::task::{JoinError, JoinHandle};

/// A spawned task tied to this value: dropping the guard aborts the task.
/// A `JoinHandle` on its own does the opposite: dropping it detaches the
/// task, which runs on with nobody to stop it.
pub struct AbortOnDrop<T> {
    handle: JoinHandle<T>,
}

impl<T: Send + 'static> AbortOnDrop<T> {
    /// Spawns `future` as a task on the current runtime.
    pub fn spawn<F>(future: F) -> AbortOnDrop<T>
    where
        F: Future<Output = T> + Send + 'static,
    {
        AbortOnDrop {
            handle: tokio::spawn(future),
        }
    }

    /// Waits for the task to finish and returns its output, or the error if
    /// it panicked or was aborted. Waiting must not abort it.
    pub async fn join(mut self) -> Result<T, JoinError> {
        // TODO
        let _ = &mut self;
        todo!("wait for the task without aborting it")
    }
}

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        // TODO: as it stands, dropping the guard drops the JoinHandle, which
        // detaches the task. Stop the task instead. (No `todo!()` here: a
        // panic inside `drop` while a test is already failing aborts the
        // whole test run.)
    }
}
