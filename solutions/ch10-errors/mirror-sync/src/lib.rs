//! Solution: copies to mirrors in tasks; the first failure stops them all.
use anyhow::{Context, bail};
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use tokio::task::JoinSet;

/// One copy to one mirror: the number of bytes copied, or an I/O error. It
/// may also panic. Do not change this type.
pub type Job = Pin<Box<dyn Future<Output = std::io::Result<u64>> + Send + 'static>>;

/// Runs every mirror's job in its own task, all at once, and returns the
/// bytes copied in all.
pub async fn sync_all(mirrors: Vec<(String, Job)>) -> anyhow::Result<u64> {
    let mut set = JoinSet::new();
    // A panic hands back no value, only the task's id: keep the names by id.
    let mut names = HashMap::new();
    for (name, job) in mirrors {
        let handle = set.spawn(job);
        names.insert(handle.id(), name);
    }
    let mut total = 0;
    // In the order the tasks end, not the order they were spawned.
    while let Some(joined) = set.join_next_with_id().await {
        match joined {
            Ok((id, result)) => {
                // Context wraps the io::Error; it stays in the chain. The `?`
                // returns, and dropping `set` aborts the copies still running.
                total += result.with_context(|| format!("mirror `{}` failed", names[&id]))?;
            }
            Err(error) => {
                let name = &names[&error.id()];
                if !error.is_panic() {
                    bail!("mirror `{name}` was cancelled");
                }
                let payload = error.into_panic();
                let message = match payload.downcast_ref::<&str>() {
                    Some(text) => text.to_string(),
                    None => match payload.downcast_ref::<String>() {
                        Some(text) => text.clone(),
                        None => "(a panic that is not text)".to_string(),
                    },
                };
                bail!("mirror `{name}` panicked: {message}");
            }
        }
    }
    Ok(total)
}
