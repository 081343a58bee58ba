#[tokio::main]
async fn main() {
    for line in listing_08_08::report().await {
        println!("{line}");
    }
}
