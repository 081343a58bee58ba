#[tokio::main]
async fn main() {
    for line in listing_15_05::report().await {
        println!("{line}");
    }
}
