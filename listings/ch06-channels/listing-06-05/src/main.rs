// ANCHOR: all
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel(32);

    for i in 0..3 {
        let tx = tx.clone(); // each producer owns its own Sender
        tokio::spawn(async move {
            tx.send(format!("Message from {i}")).await.unwrap();
        });
    }

    drop(tx); // Close channel when all senders dropped

    while let Some(msg) = rx.recv().await {
        println!("{msg}");
    }
}
// ANCHOR_END: all
