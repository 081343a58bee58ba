// ANCHOR: all
use tokio::sync::oneshot;

#[tokio::main]
async fn main() {
    let (tx, rx) = oneshot::channel();

    tokio::spawn(async move {
        // Not async: a oneshot send never waits.
        tx.send("result").unwrap();
    });

    // The Receiver is itself a future.
    let result = rx.await.unwrap();
    println!("{result}");
}
// ANCHOR_END: all
