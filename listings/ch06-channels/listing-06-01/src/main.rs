// ANCHOR: all
use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    // A bounded channel: at most 32 messages wait in it at once.
    let (tx, mut rx) = mpsc::channel(32);

    tokio::spawn(async move {
        for i in 0..10 {
            tx.send(i).await.unwrap();
        }
        // `tx` is dropped here, when the task ends: the channel closes.
    });

    // `recv` returns `None` once the channel is closed and empty.
    while let Some(value) = rx.recv().await {
        println!("Received: {value}");
    }
}
// ANCHOR_END: all
