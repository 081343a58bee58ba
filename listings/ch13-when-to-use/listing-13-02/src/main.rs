// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    for line in listing_13_02::report().await {
        println!("{line}");
    }
}
// ANCHOR_END: main
