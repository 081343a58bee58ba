// ANCHOR: main
// One thread, so the three tasks start in the order they were spawned and
// the output is the same on every run.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    for line in listing_07_05::readers_and_writer().await {
        println!("{line}");
    }
}
// ANCHOR_END: main
