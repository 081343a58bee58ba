// A program on a paused clock: the waits pass at once.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    for line in listing_05_13::report().await {
        println!("{line}");
    }
}
