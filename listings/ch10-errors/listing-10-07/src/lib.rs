//! Listing 10-7: a spawned task's result is a `Result` inside a `Result`.
use tokio::task::{JoinError, JoinHandle};

// ANCHOR: job
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    #[error("not a number: {0:?}")]
    BadInput(String),
    #[error("the task did not finish")]
    Task(#[from] JoinError), // lets `?` turn a JoinError into a JobError
}

/// 100 divided by the number in `input`. Returns an error for text that is
/// not a number, and panics (divides by zero) for "0".
pub async fn job(input: String) -> Result<u32, JobError> {
    let n: u32 = input
        .parse()
        .map_err(|_| JobError::BadInput(input.clone()))?;
    Ok(100 / n)
}
// ANCHOR_END: job

// ANCHOR: describe
/// Waits for a task and says how it ended: four cases, two layers.
pub async fn describe(name: &str, handle: JoinHandle<Result<u32, JobError>>) -> String {
    match handle.await {
        Ok(Ok(value)) => format!("{name}: value {value}"),
        Ok(Err(e)) => format!("{name}: the job returned an error: {e}"),
        Err(e) if e.is_panic() => {
            let payload = e.into_panic();
            let message = payload.downcast_ref::<&str>().copied().unwrap_or("?");
            format!("{name}: the task panicked: {message}")
        }
        Err(e) if e.is_cancelled() => format!("{name}: the task was cancelled"),
        Err(e) => format!("{name}: the task failed: {e}"),
    }
}
// ANCHOR_END: describe

// ANCHOR: try
/// The short way: the first `?` takes the JoinError (converted by `From`),
/// the second the job's own error.
pub async fn run(input: &str) -> Result<u32, JobError> {
    let value = tokio::spawn(job(input.to_string())).await??;
    Ok(value)
}
// ANCHOR_END: try

/// The lines `main` prints: three jobs, and a fourth that never ends and is
/// aborted.
pub async fn report() -> Vec<String> {
    let mut lines = Vec::new();
    for input in ["4", "x", "0"] {
        let handle = tokio::spawn(job(input.to_string()));
        lines.push(describe(input, handle).await);
    }
    let stuck = tokio::spawn(async { std::future::pending::<Result<u32, JobError>>().await });
    stuck.abort();
    lines.push(describe("stuck", stuck).await);
    lines
}
