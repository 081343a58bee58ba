#[tokio::main]
async fn main() {
    for line in listing_06_04::report(1_000_000).await {
        println!("{line}");
    }
}
