// ANCHOR: main
#[tokio::main]
async fn main() {
    for line in listing_12_01::demo().await {
        println!("{line}");
    }
}
// ANCHOR_END: main
