// The fetches are simulated, so the clock is paused, as in the tests: each
// 10 ms sleep ends at once in real time, and the run is deterministic.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    for line in listing_15_07::report().await {
        println!("{line}");
    }
}
