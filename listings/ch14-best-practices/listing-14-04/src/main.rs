// Lets the test run this binary on tokio's paused clock; changes nothing
// otherwise (support/clock/src/lib.rs).
#[course_clock::paused_under_test]
// ANCHOR: main
#[tokio::main]
async fn main() {
    // Once, at the start of the program: every thread reports to it.
    tracing::subscriber::set_global_default(listing_14_04::subscriber(std::io::stdout))
        .expect("no other subscriber was set");
    listing_14_04::run(vec![3, 7]).await;
}
// ANCHOR_END: main
