#[tokio::main]
async fn main() {
    for line in listing_15_09::report().await {
        println!("{line}");
    }
}
