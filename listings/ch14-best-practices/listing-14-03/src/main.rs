// Lets the test run this binary on tokio's paused clock; changes nothing
// otherwise (support/clock/src/lib.rs).
#[course_clock::paused_under_test]
// ANCHOR: main
#[tokio::main]
async fn main() {
    // A server waits for Ctrl-C; this demo also stops on its own after 250 ms.
    let signal = async {
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            () = tokio::time::sleep(std::time::Duration::from_millis(250)) => {}
        }
    };
    for line in listing_14_03::run_until(signal).await {
        println!("{line}");
    }
}
// ANCHOR_END: main
