// Lets the test run this binary on tokio's paused clock; changes nothing
// otherwise (support/clock/src/lib.rs).
#[course_clock::paused_under_test]
// ANCHOR: main
#[tokio::main]
async fn main() {
    // Ctrl-C stops the job early; otherwise it runs for 3.5 seconds.
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    for line in listing_05_04::run(std::time::Duration::from_millis(3500), ctrl_c).await {
        println!("{line}");
    }
}
// ANCHOR_END: main
