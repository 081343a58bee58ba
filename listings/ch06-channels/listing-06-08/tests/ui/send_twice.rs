use tokio::sync::oneshot;

#[tokio::main]
async fn main() {
    let (tx, rx) = oneshot::channel();
    tx.send("first").unwrap();
    tx.send("second").unwrap(); // one more?
    println!("{}", rx.await.unwrap());
}
