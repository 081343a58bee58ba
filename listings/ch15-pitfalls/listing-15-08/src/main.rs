#[tokio::main]
async fn main() {
    for line in listing_15_08::report().await {
        println!("{line}");
    }
}
