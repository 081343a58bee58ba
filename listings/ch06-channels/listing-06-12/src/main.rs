#[tokio::main]
async fn main() {
    for line in listing_06_12::log_levels().await {
        println!("{line}");
    }
}
