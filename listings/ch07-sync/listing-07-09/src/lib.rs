//! Listing 7-9: `Notify` wakes a task that waits for an event.
use std::sync::Mutex;

// ANCHOR: startup
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// A worker waits until the configuration is loaded; the loader tells it
/// with `notify_one`. Returns what each side said, in order.
pub async fn startup() -> Vec<String> {
    let ready = Arc::new(Notify::new());
    let log = Arc::new(Mutex::new(Vec::new()));

    let worker = tokio::spawn({
        let (ready, log) = (Arc::clone(&ready), Arc::clone(&log));
        async move {
            ready.notified().await; // waits for a permit, and consumes it
            log.lock()
                .unwrap()
                .push("worker: woke up, config is ready".to_string());
        }
    });

    tokio::time::sleep(Duration::from_millis(100)).await; // loading the config
    log.lock()
        .unwrap()
        .push("loader: config loaded, notifying".to_string());
    ready.notify_one();

    worker.await.unwrap();
    log.lock().unwrap().clone()
}
// ANCHOR_END: startup
