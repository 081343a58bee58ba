#[tokio::main]
async fn main() {
    for line in listing_07_06::late_reader().await {
        println!("{line}");
    }
}
