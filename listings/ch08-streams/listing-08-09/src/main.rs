#[tokio::main]
async fn main() {
    for line in listing_08_09::report().await {
        println!("{line}");
    }
}
