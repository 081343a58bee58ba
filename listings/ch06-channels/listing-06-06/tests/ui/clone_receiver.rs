use tokio::sync::mpsc;

#[tokio::main]
async fn main() {
    let (tx, mut rx) = mpsc::channel::<u32>(8);
    // Two consumers for one channel?
    let mut rx2 = rx.clone();
    tokio::spawn(async move {
        while let Some(job) = rx2.recv().await {
            println!("worker 2: {job}");
        }
    });
    tx.send(1).await.unwrap();
    drop(tx);
    while let Some(job) = rx.recv().await {
        println!("worker 1: {job}");
    }
}
