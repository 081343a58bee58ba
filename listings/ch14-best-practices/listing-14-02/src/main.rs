// ANCHOR: main
#[tokio::main]
async fn main() {
    for line in listing_14_02::report().await {
        println!("{line}");
    }
}
// ANCHOR_END: main
