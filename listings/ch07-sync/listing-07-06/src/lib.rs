//! Listing 7-6: tokio's RwLock is write-preferring. Once a writer waits,
//! new readers queue behind it.
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::RwLock;
use tokio::time::sleep;

type Log = Arc<Mutex<Vec<String>>>;

fn note(log: &Log, line: String) {
    log.lock().unwrap().push(line);
}

// ANCHOR: queue
/// Reader A holds a read guard for 100 ms. At 10 ms a writer asks for the
/// lock; at 20 ms reader B asks too. Returns what happened, in order.
pub async fn late_reader() -> Vec<String> {
    let data = Arc::new(RwLock::new(vec![1, 2, 3]));
    let log = Log::default();

    let reader_a = tokio::spawn({
        let (data, log) = (Arc::clone(&data), Arc::clone(&log));
        async move {
            let guard = data.read().await;
            note(&log, format!("reader A sees {:?}", *guard));
            sleep(Duration::from_millis(100)).await; // still holding `guard`
        }
    });

    let writer = tokio::spawn({
        let (data, log) = (Arc::clone(&data), Arc::clone(&log));
        async move {
            sleep(Duration::from_millis(10)).await;
            data.write().await.push(4); // waits for reader A
            note(&log, "writer pushed 4".to_string());
        }
    });

    let reader_b = tokio::spawn({
        let (data, log) = (Arc::clone(&data), Arc::clone(&log));
        async move {
            sleep(Duration::from_millis(20)).await;
            // Reader A holds only a read guard, so B could share it. But a
            // writer is already waiting, and tokio serves the queue in order.
            let guard = data.read().await;
            note(&log, format!("reader B sees {:?}", *guard));
        }
    });

    for task in [reader_a, writer, reader_b] {
        task.await.unwrap();
    }
    log.lock().unwrap().clone()
}
// ANCHOR_END: queue
