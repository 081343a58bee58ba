#[tokio::main]
async fn main() {
    for line in listing_12_07::demo().await {
        println!("{line}");
    }
}
