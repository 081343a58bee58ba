// ANCHOR: main
#[tokio::main]
async fn main() {
    for line in listing_13_01::report().await {
        println!("{line}");
    }
}
// ANCHOR_END: main
