// Lets the test run this binary on tokio's paused clock; changes nothing
// otherwise (support/clock/src/lib.rs).
#[course_clock::paused_under_test]
// ANCHOR: main
#[tokio::main]
async fn main() {
    let report = listing_07_07::limited(10, 3).await;
    // Each task's events, then the most permits that were ever held at once.
    for line in report.printed() {
        println!("{line}");
    }
}
// ANCHOR_END: main
