// ANCHOR: main
#[tokio::main]
async fn main() {
    for line in listing_10_08::report().await {
        println!("{line}");
    }
}
// ANCHOR_END: main
