#[tokio::main]
async fn main() {
    for line in listing_08_10::report().await {
        println!("{line}");
    }
}
