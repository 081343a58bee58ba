#[tokio::main]
async fn main() {
    for line in listing_07_09::startup().await {
        println!("{line}");
    }
}
