use tokio::sync::broadcast::{self, error::RecvError};
use tokio::task::JoinHandle;

// ANCHOR: fan_out
/// A subscriber task: collects every message until the channel closes.
fn listen(name: &'static str, mut rx: broadcast::Receiver<String>) -> JoinHandle<String> {
    tokio::spawn(async move {
        let mut got = Vec::new();
        loop {
            match rx.recv().await {
                Ok(msg) => got.push(msg),
                Err(RecvError::Lagged(n)) => got.push(format!("(missed {n})")),
                Err(RecvError::Closed) => break, // every Sender is gone
            }
        }
        format!("{name} got {got:?}")
    })
}

pub async fn fan_out() -> Vec<String> {
    let (tx, rx_a) = broadcast::channel(16);
    let a = listen("a", rx_a);
    let b = listen("b", tx.subscribe()); // one more Receiver

    tx.send("one".to_string()).unwrap(); // goes to a and b
    let late = listen("late", tx.subscribe()); // sees only what comes next
    tx.send("two".to_string()).unwrap(); // goes to a, b and late
    drop(tx); // closes the channel

    let mut lines = Vec::new();
    for task in [a, b, late] {
        lines.push(task.await.unwrap());
    }
    lines
}
// ANCHOR_END: fan_out
