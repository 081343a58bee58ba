// ANCHOR: main
// One thread, and nothing is spawned: no future here has to be `Send`.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    for line in listing_07_11::report().await {
        println!("{line}");
    }
}
// ANCHOR_END: main
