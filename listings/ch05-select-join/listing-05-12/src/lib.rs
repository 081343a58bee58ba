//! Listing 5-12: `join_all` polls every future inside one task; a `JoinSet`
//! runs each as a task of its own.
use futures::future::join_all;
use std::collections::HashSet;
use std::time::Duration;
use tokio::task::{self, JoinSet};
use tokio::time::sleep;

/// Item `id` takes `id` × 100 ms. Returns the id, and which task ran it
/// (`None` when not inside a spawned task).
async fn fetch(id: u64) -> (u64, Option<task::Id>) {
    sleep(Duration::from_millis(100 * id)).await;
    (id, task::try_id())
}

/// The ids in the order they came back, and how many distinct tasks ran them.
#[derive(Debug, PartialEq)]
pub struct Outcome {
    pub order: Vec<u64>,
    pub tasks: usize,
}

fn outcome(results: Vec<(u64, Option<task::Id>)>) -> Outcome {
    let tasks: HashSet<Option<task::Id>> = results.iter().map(|(_, t)| *t).collect();
    Outcome {
        order: results.iter().map(|(id, _)| *id).collect(),
        tasks: tasks.len(),
    }
}

// ANCHOR: compare
/// All the futures live inside one future, polled by the task that awaits it.
pub async fn with_join_all(ids: &[u64]) -> Outcome {
    let results = join_all(ids.iter().map(|&id| fetch(id))).await;
    outcome(results)
}

/// Each future becomes a task; results come back as they finish.
pub async fn with_join_set(ids: &[u64]) -> Outcome {
    let mut set = JoinSet::new();
    for &id in ids {
        set.spawn(fetch(id)); // needs Send + 'static: `id` is copied in
    }
    let mut results = Vec::new();
    while let Some(result) = set.join_next().await {
        results.push(result.expect("a lookup panicked"));
    }
    outcome(results)
}
// ANCHOR_END: compare

/// The lines `main` prints.
pub async fn report(ids: &[u64]) -> Vec<String> {
    let a = with_join_all(ids).await;
    let b = with_join_set(ids).await;
    vec![
        format!(
            "join_all: order {:?}, {} future(s) on {} task(s)",
            a.order,
            ids.len(),
            a.tasks
        ),
        format!(
            "JoinSet:  order {:?}, {} future(s) on {} task(s)",
            b.order,
            ids.len(),
            b.tasks
        ),
    ]
}
