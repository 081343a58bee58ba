// Lets the test run this binary on tokio's paused clock; changes nothing
// otherwise (support/clock/src/lib.rs).
#[course_clock::paused_under_test]
// ANCHOR: all
#[tokio::main]
async fn main() {
    let files = [("big.iso", 300), ("notes.txt", 100), ("photo.jpg", 200)];
    for line in listing_03_05::download_all(&files).await {
        println!("{line}");
    }
}
// ANCHOR_END: all
