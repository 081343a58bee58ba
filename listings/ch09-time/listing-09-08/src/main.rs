// ANCHOR: main
#[tokio::main]
async fn main() {
    for line in listing_09_08::run().await {
        println!("{line}");
    }
}
// ANCHOR_END: main
