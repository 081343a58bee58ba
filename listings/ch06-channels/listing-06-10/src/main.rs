#[tokio::main]
async fn main() {
    for line in listing_06_10::fan_out().await {
        println!("{line}");
    }
}
