#[tokio::main]
async fn main() {
    for line in listing_06_11::slow_receiver(4, 10).await {
        println!("{line}");
    }
}
