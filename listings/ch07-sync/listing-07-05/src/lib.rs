//! Listing 7-5: two readers and a writer on an RwLock, with a log instead of prints
//! so a test can check who held the lock when.
use std::sync::Mutex;
use std::time::Duration;

// ANCHOR: rwlock
use std::sync::Arc;
use tokio::sync::RwLock;

/// Two readers and a writer share a `Vec`. Each reader holds its read guard
/// for 100 ms. Returns what happened, in order.
pub async fn readers_and_writer() -> Vec<String> {
    let data = Arc::new(RwLock::new(vec![1, 2, 3]));
    let log = Arc::new(Mutex::new(Vec::new()));

    let mut readers = Vec::new();
    for id in 1..=2 {
        let data = Arc::clone(&data);
        let log = Arc::clone(&log);
        readers.push(tokio::spawn(async move {
            let d = data.read().await;
            log.lock()
                .unwrap()
                .push(format!("reader {id} sees {:?}", *d));
            tokio::time::sleep(Duration::from_millis(100)).await;
            log.lock().unwrap().push(format!("reader {id} done"));
        })); // the read guard `d` is dropped at the end of the task
    }

    let writer = tokio::spawn({
        let data = Arc::clone(&data);
        let log = Arc::clone(&log);
        async move {
            let mut d = data.write().await; // waits until no reader holds the lock
            d.push(4);
            log.lock().unwrap().push("writer pushed 4".to_string());
        }
    });

    for reader in readers {
        reader.await.unwrap();
    }
    writer.await.unwrap();

    let mut log = log.lock().unwrap().clone();
    log.push(format!("final: {:?}", *data.read().await));
    log
}
// ANCHOR_END: rwlock
