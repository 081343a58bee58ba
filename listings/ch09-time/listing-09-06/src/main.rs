// Lets the test run this binary on tokio's paused clock; changes nothing
// otherwise (support/clock/src/lib.rs).
#[course_clock::paused_under_test]
// ANCHOR: main
#[tokio::main]
async fn main() {
    listing_09_06::tick_five_times(|line| println!("{line}")).await;
}
// ANCHOR_END: main
