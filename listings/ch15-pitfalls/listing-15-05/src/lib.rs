//! Listing 15-5: a spawned task's error goes nowhere unless you ask for it.
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::task::{JoinError, JoinSet};

/// The processed items, in the order they finished.
pub type Done = Arc<Mutex<Vec<String>>>;

// ANCHOR: process
/// Processes one item in 10 ms. "bad" is an error, "boom" a panic.
pub async fn process(item: String, done: Done) -> Result<(), String> {
    tokio::time::sleep(Duration::from_millis(10)).await;
    match item.as_str() {
        "bad" => Err(format!("cannot process {item:?}")),
        "boom" => panic!("crashed on {item:?}"),
        _ => {
            done.lock().unwrap().push(item);
            Ok(())
        }
    }
}
// ANCHOR_END: process

// ANCHOR: detached
/// Broken: every JoinHandle is dropped, so every task is detached. Their
/// results, errors and panics included, have nowhere to go.
pub async fn process_all_detached(items: Vec<String>, done: Done) -> Result<(), String> {
    for item in items {
        tokio::spawn(process(item, Arc::clone(&done)));
    }
    Ok(()) // "all fine", before a single item was processed
}
// ANCHOR_END: detached

// ANCHOR: panic_message
/// A JoinError is either a panic (with its payload) or a cancellation.
fn describe(error: JoinError) -> String {
    if error.is_panic() {
        let payload = error.into_panic();
        let message = payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        format!("panicked: {message}")
    } else {
        "cancelled".to_string()
    }
}
// ANCHOR_END: panic_message

// ANCHOR: handles
/// Fixed: keep every JoinHandle, await each, and look at both layers: the
/// outer `Result` says whether the task ran to the end, the inner one
/// whether the work succeeded.
pub async fn process_all_handles(items: Vec<String>, done: Done) -> Result<usize, Vec<String>> {
    let handles: Vec<_> = items
        .into_iter()
        .map(|item| tokio::spawn(process(item, Arc::clone(&done))))
        .collect();
    let (mut ok, mut problems) = (0, Vec::new());
    for handle in handles {
        match handle.await {
            Ok(Ok(())) => ok += 1,
            Ok(Err(error)) => problems.push(error),
            Err(join_error) => problems.push(describe(join_error)),
        }
    }
    if problems.is_empty() {
        Ok(ok)
    } else {
        Err(problems)
    }
}
// ANCHOR_END: handles

// ANCHOR: joinset
/// Fixed, with a JoinSet: results come back as tasks finish, and dropping
/// the set (say, on an early return) aborts whatever is still running.
pub async fn process_all_set(items: Vec<String>, done: Done) -> Result<usize, Vec<String>> {
    let mut set = JoinSet::new();
    for item in items {
        set.spawn(process(item, Arc::clone(&done)));
    }
    let (mut ok, mut problems) = (0, Vec::new());
    while let Some(result) = set.join_next().await {
        match result {
            Ok(Ok(())) => ok += 1,
            Ok(Err(error)) => problems.push(error),
            Err(join_error) => problems.push(describe(join_error)),
        }
    }
    if problems.is_empty() {
        Ok(ok)
    } else {
        Err(problems)
    }
}
// ANCHOR_END: joinset

/// The five items `main` and the tests use.
pub fn items() -> Vec<String> {
    ["a", "bad", "b", "boom", "c"].map(String::from).to_vec()
}

/// What `main` prints.
pub async fn report() -> Vec<String> {
    let done = Done::default();
    let detached = process_all_detached(items(), Arc::clone(&done)).await;
    tokio::time::sleep(Duration::from_millis(100)).await; // let the tasks finish
    let processed = done.lock().unwrap().len();
    let mut lines = vec![format!(
        "detached: {detached:?}, yet {processed} of 5 processed"
    )];

    let done = Done::default();
    let handles = process_all_handles(items(), done).await;
    lines.push(format!("handles:  {handles:?}"));
    let done = Done::default();
    let mut set = process_all_set(items(), done).await;
    if let Err(problems) = &mut set {
        problems.sort(); // a JoinSet yields in the order tasks finish
    }
    lines.push(format!("JoinSet:  {set:?}"));
    lines
}
