#[tokio::main]
async fn main() {
    for line in listing_12_08::demo().await {
        println!("{line}");
    }
}
