#[tokio::main]
async fn main() {
    for line in listing_05_03::report(1000).await {
        println!("{line}");
    }
}
