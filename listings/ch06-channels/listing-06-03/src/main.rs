use std::time::Duration;

// Lets the test run this binary on tokio's paused clock; changes nothing
// otherwise (support/clock/src/lib.rs).
#[course_clock::paused_under_test]
#[tokio::main]
async fn main() {
    for line in listing_06_03::send_times(2, 6, Duration::from_secs(1)).await {
        println!("{line}");
    }
}
