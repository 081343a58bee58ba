#[tokio::main]
async fn main() {
    for line in listing_15_02::report().await {
        println!("{line}");
    }
}
