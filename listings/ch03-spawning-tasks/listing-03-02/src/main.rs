// ANCHOR: all
#[tokio::main]
async fn main() {
    for line in listing_03_02::three_tasks().await {
        println!("{line}");
    }
}
// ANCHOR_END: all
