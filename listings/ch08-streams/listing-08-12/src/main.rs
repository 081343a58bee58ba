#[tokio::main]
async fn main() {
    for line in listing_08_12::report().await {
        println!("{line}");
    }
}
