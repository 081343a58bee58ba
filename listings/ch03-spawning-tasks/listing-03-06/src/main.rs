// ANCHOR: all
#[tokio::main]
async fn main() {
    for line in listing_03_06::abort_slow_task().await {
        println!("{line}");
    }
}
// ANCHOR_END: all
