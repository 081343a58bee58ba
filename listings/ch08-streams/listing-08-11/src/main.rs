// Lets the test run this binary on tokio's paused clock; changes nothing
// otherwise (support/clock/src/lib.rs).
#[course_clock::paused_under_test]
#[tokio::main]
async fn main() {
    let readings = vec![20, 25, 31, 28, 35, 33];
    for line in listing_08_11::alerts(readings, 30).await {
        println!("{line}");
    }
}
