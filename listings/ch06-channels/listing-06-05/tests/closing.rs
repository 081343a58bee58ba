use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::timeout;

/// Starts three producers, each with a clone of `tx`, like listing 6-5.
fn spawn_producers(tx: &mpsc::Sender<String>) {
    for i in 0..3 {
        let tx = tx.clone();
        tokio::spawn(async move {
            tx.send(format!("Message from {i}")).await.unwrap();
        });
    }
}

// ANCHOR: forgot_drop
#[tokio::test(start_paused = true)]
async fn without_drop_the_loop_never_ends() {
    let (tx, mut rx) = mpsc::channel(32);
    spawn_producers(&tx);
    // No `drop(tx)`: this function still holds a Sender.

    let mut received = Vec::new();
    let the_loop = async {
        while let Some(msg) = rx.recv().await {
            received.push(msg);
        }
    };
    // The paused clock jumps a whole day as soon as every task is stuck.
    let ended = timeout(Duration::from_secs(24 * 3600), the_loop).await;

    assert!(
        ended.is_err(),
        "recv returned None although a Sender was alive"
    );
    assert_eq!(
        received.len(),
        3,
        "every message arrived; only the end never came"
    );
    drop(tx);
}
// ANCHOR_END: forgot_drop

#[tokio::test(start_paused = true)]
async fn with_drop_the_loop_ends_after_the_last_message() {
    let (tx, mut rx) = mpsc::channel(32);
    spawn_producers(&tx);
    drop(tx);

    let mut received = Vec::new();
    let the_loop = async {
        while let Some(msg) = rx.recv().await {
            received.push(msg);
        }
    };
    timeout(Duration::from_secs(24 * 3600), the_loop)
        .await
        .expect("every Sender is gone, so recv must return None");
    received.sort();
    assert_eq!(
        received,
        ["Message from 0", "Message from 1", "Message from 2"]
    );
}
