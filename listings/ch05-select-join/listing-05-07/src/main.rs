use listing_05_07::{describe, receive, slow_sender};

// Lets the test run this binary on tokio's paused clock; changes nothing
// otherwise (support/clock/src/lib.rs).
#[course_clock::paused_under_test]
#[tokio::main]
async fn main() {
    let received = receive(slow_sender()).await;
    for line in describe(&received) {
        println!("{line}");
    }
}
