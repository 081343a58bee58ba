// ANCHOR: all
#[tokio::main]
async fn main() {
    for line in listing_03_07::risky_task().await {
        println!("{line}");
    }
}
// ANCHOR_END: all
