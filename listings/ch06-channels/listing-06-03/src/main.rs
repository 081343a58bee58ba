use std::time::Duration;

#[tokio::main]
async fn main() {
    for line in listing_06_03::send_times(2, 6, Duration::from_secs(1)).await {
        println!("{line}");
    }
}
