use std::time::Duration;

#[tokio::main]
async fn main() {
    for line in listing_08_04::report(Duration::from_millis(500), 3).await {
        println!("{line}");
    }
}
