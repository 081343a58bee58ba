// Lets the test run this binary on tokio's paused clock; changes nothing
// otherwise (support/clock/src/lib.rs).
#[course_clock::paused_under_test]
// ANCHOR: main
#[tokio::main]
async fn main() {
    let (r1, r2, r3) = listing_05_09::three().await;
    println!("Results: {r1}, {r2}, {r3}");
}
// ANCHOR_END: main
