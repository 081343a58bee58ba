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
