// ANCHOR: main
#[tokio::main]
async fn main() {
    for line in listing_01_04::report().await {
        println!("{line}");
    }
}
// ANCHOR_END: main
