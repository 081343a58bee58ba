//! Listing 3-12: a task-local value, visible to every function a task calls
//! inside its scope, and to no other task.

// ANCHOR: task_local
use std::time::Duration;

tokio::task_local! {
    /// The id of the request the current task is handling.
    pub static REQUEST_ID: u64;
}

/// Deep inside the handler: reads the id without it being passed down.
fn log(message: &str) -> String {
    REQUEST_ID.with(|id| format!("[request {id}] {message}"))
}

async fn load_user() -> String {
    tokio::time::sleep(Duration::from_millis(10)).await;
    log("user loaded")
}

/// Handles one request: the id is set for everything inside `scope`.
pub async fn handle(id: u64) -> Vec<String> {
    REQUEST_ID
        .scope(id, async {
            let mut lines = vec![log("start")];
            lines.push(load_user().await);
            lines.push(log("done"));
            lines
        })
        .await
}
// ANCHOR_END: task_local

// ANCHOR: not_inherited
/// A task spawned inside the scope does not see the value: task-locals
/// belong to the future they were set on, not to the tasks it spawns.
pub async fn spawned_inside(id: u64) -> Option<u64> {
    REQUEST_ID
        .scope(id, async {
            tokio::spawn(async { REQUEST_ID.try_with(|id| *id).ok() })
                .await
                .unwrap()
        })
        .await
}
// ANCHOR_END: not_inherited
