use listing_05_10::{Log, lines, load_page};

// Lets the test run this binary on tokio's paused clock; changes nothing
// otherwise (support/clock/src/lib.rs).
#[course_clock::paused_under_test]
#[tokio::main]
async fn main() {
    let log = Log::default();
    let _ = load_page(log.clone()).await;
    for line in lines(&log) {
        println!("{line}");
    }
}
