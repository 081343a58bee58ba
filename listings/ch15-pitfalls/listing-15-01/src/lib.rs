//! Listing 15-1: a std guard across `.await`, and its two fixes.
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::task::JoinSet;

/// Stands in for a slow write, to a file or over the network: 100 ms.
pub async fn save(value: u64) -> u64 {
    tokio::time::sleep(Duration::from_millis(100)).await;
    value
}

// ANCHOR: scoped
/// Fix 1, usually the best: keep the std mutex, end the guard before the
/// `.await`. Only the value leaves the block.
pub async fn bump_and_save(counter: Arc<Mutex<u64>>) -> u64 {
    let value = {
        let mut n = counter.lock().unwrap();
        *n += 1;
        *n
    }; // the guard is dropped here: the mutex is free during the save
    save(value).await
}
// ANCHOR_END: scoped

// ANCHOR: literal
/// The usual advice taken literally: swap in tokio's mutex and keep
/// the guard across the save. It compiles, and the lock is held for the
/// whole 100 ms save: the tasks now save one at a time.
pub async fn bump_and_save_tokio(counter: Arc<tokio::sync::Mutex<u64>>) -> u64 {
    let mut n = counter.lock().await;
    *n += 1;
    save(*n).await
}
// ANCHOR_END: literal

// ANCHOR: across
/// Fix 2, when the guard truly must cross the `.await`: a record is two
/// lines with a slow flush between them, and no other record may come in
/// between. tokio's mutex is built for this; its guard is `Send`.
pub async fn write_record(log: Arc<tokio::sync::Mutex<Vec<String>>>, id: u64) {
    let mut lines = log.lock().await;
    lines.push(format!("begin {id}"));
    tokio::time::sleep(Duration::from_millis(100)).await; // held, on purpose
    lines.push(format!("end {id}"));
}
// ANCHOR_END: across

/// Spawns `tasks` tasks that each call `bump_and_save`; returns the saved
/// values, sorted, and the final count.
pub async fn run_scoped(tasks: u64) -> (Vec<u64>, u64) {
    let counter = Arc::new(Mutex::new(0));
    let mut set = JoinSet::new();
    for _ in 0..tasks {
        set.spawn(bump_and_save(Arc::clone(&counter)));
    }
    let mut saved = set.join_all().await;
    saved.sort();
    let total = *counter.lock().unwrap();
    (saved, total)
}

/// Like `run_scoped`, with `bump_and_save_tokio`.
pub async fn run_tokio(tasks: u64) -> (Vec<u64>, u64) {
    let counter = Arc::new(tokio::sync::Mutex::new(0));
    let mut set = JoinSet::new();
    for _ in 0..tasks {
        set.spawn(bump_and_save_tokio(Arc::clone(&counter)));
    }
    let mut saved = set.join_all().await;
    saved.sort();
    let total = *counter.lock().await;
    (saved, total)
}

/// Spawns `tasks` tasks that each write one record; returns the log.
pub async fn run_records(tasks: u64) -> Vec<String> {
    let log = Arc::new(tokio::sync::Mutex::new(Vec::new()));
    let mut set = JoinSet::new();
    for id in 0..tasks {
        set.spawn(write_record(Arc::clone(&log), id));
    }
    set.join_all().await;
    let lines = log.lock().await;
    lines.clone()
}

/// A duration rounded to the nearest 100 ms, so that a real run prints the
/// same as a test on the paused clock.
fn about(took: Duration) -> String {
    format!("about {} ms", (took.as_millis() + 50) / 100 * 100)
}

/// What `main` prints: both fixes, and how long each took.
pub async fn report() -> Vec<String> {
    let start = tokio::time::Instant::now();
    let (saved, total) = run_scoped(5).await;
    let scoped = about(start.elapsed());
    let start = tokio::time::Instant::now();
    let (saved_tokio, total_tokio) = run_tokio(5).await;
    let literal = about(start.elapsed());
    let start = tokio::time::Instant::now();
    let log = run_records(3).await;
    let records = about(start.elapsed());
    vec![
        format!("5 tasks, scoped std guard: saved {saved:?}, counter {total}, {scoped}"),
        format!(
            "5 tasks, tokio guard across the save: saved {saved_tokio:?}, counter {total_tokio}, {literal}"
        ),
        format!("3 tasks, tokio guard across .await: {records}"),
        format!("  {}", log.join(", ")),
    ]
}
