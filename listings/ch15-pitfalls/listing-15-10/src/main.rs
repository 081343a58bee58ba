// The orders are simulated, so the clock is paused, as in the tests: the
// run takes no real time and prints the same every time.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    for line in listing_15_10::report().await {
        println!("{line}");
    }
}
