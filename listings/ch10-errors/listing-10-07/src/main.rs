// ANCHOR: main
#[tokio::main]
async fn main() {
    for line in listing_10_07::report().await {
        println!("{line}");
    }
}
// ANCHOR_END: main
