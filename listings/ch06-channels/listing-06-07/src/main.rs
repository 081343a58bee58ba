#[tokio::main]
async fn main() {
    for line in listing_06_07::report().await {
        println!("{line}");
    }
}
