// Lets the test run this binary on tokio's paused clock; changes nothing
// otherwise (support/clock/src/lib.rs).
#[course_clock::paused_under_test]
#[tokio::main]
async fn main() {
    let (results, max) = listing_07_08::run_jobs(10, 3).await;
    println!("{}", listing_07_08::summary(&results, max));
}
