use listing_05_06::{describe, receive, slow_sender};

#[tokio::main]
async fn main() {
    let received = receive(slow_sender()).await;
    for line in describe(&received) {
        println!("{line}");
    }
}
