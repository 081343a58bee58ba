// ANCHOR: main
#[tokio::main]
async fn main() {
    for line in listing_09_02::run().await {
        println!("{line}");
    }
}
// ANCHOR_END: main
