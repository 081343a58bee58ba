// ANCHOR: main
#[tokio::main]
async fn main() {
    for line in listing_09_04::run().await {
        println!("{line}");
    }
}
// ANCHOR_END: main
