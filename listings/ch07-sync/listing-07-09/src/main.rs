// Lets the test run this binary on tokio's paused clock; changes nothing
// otherwise (support/clock/src/lib.rs).
#[course_clock::paused_under_test]
#[tokio::main]
async fn main() {
    for line in listing_07_09::startup().await {
        println!("{line}");
    }
}
