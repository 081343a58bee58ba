use std::time::Duration;
use tokio::sync::watch;
use tokio::time::{Instant, sleep};

// ANCHOR: worker
/// A worker that reacts to the current log level. After each change it is
/// busy for a second.
async fn worker(mut rx: watch::Receiver<String>, start: Instant) -> Vec<String> {
    let mut log = Vec::new();
    let mut note = |what: String| log.push(format!("{:.1}s {what}", start.elapsed().as_secs_f64()));
    // The current value, marked as seen. Clone it: the borrow holds a lock.
    let level = rx.borrow_and_update().clone();
    note(format!("worker starts with {level:?}"));
    // `changed` waits for a value this receiver has not seen yet, and
    // fails once the Sender is gone.
    while rx.changed().await.is_ok() {
        let level = rx.borrow_and_update().clone();
        note(format!("worker sees {level:?}"));
        sleep(Duration::from_secs(1)).await; // busy
    }
    note("sender gone: worker stops".to_string());
    log
}

pub async fn log_levels() -> Vec<String> {
    let start = Instant::now();
    let (tx, rx) = watch::channel("info".to_string());
    let worker = tokio::spawn(worker(rx, start));

    sleep(Duration::from_millis(100)).await;
    tx.send("warn".to_string()).unwrap();
    sleep(Duration::from_millis(100)).await; // the worker is busy now...
    tx.send("error".to_string()).unwrap(); // ...so this one is overwritten
    sleep(Duration::from_millis(100)).await;
    tx.send("debug".to_string()).unwrap(); // ...by this one before it looks
    sleep(Duration::from_secs(3)).await;
    drop(tx);

    worker.await.unwrap()
}
// ANCHOR_END: worker
