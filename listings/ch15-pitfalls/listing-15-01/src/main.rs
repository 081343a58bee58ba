// One thread: the tasks start in the order they were spawned, so the
// records come out in that order too.
// Lets the test run this binary on tokio's paused clock; changes nothing
// otherwise (support/clock/src/lib.rs).
#[course_clock::paused_under_test]
#[tokio::main(flavor = "current_thread")]
async fn main() {
    for line in listing_15_01::report().await {
        println!("{line}");
    }
}
