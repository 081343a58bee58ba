// Lets the test run this binary on tokio's paused clock; changes nothing
// otherwise (support/clock/src/lib.rs).
#[course_clock::paused_under_test]
// ANCHOR: all
#[tokio::main]
async fn main() {
    for line in listing_03_06::abort_slow_task().await {
        println!("{line}");
    }
}
// ANCHOR_END: all
