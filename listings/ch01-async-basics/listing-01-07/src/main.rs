// ANCHOR: main
use listing_01_07::deadline;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let quick = deadline(Duration::from_millis(50), async { 42 }).await;
    println!("an answer that is ready: {quick:?}");
    let never = deadline(Duration::from_millis(50), std::future::pending::<u32>()).await;
    println!("an answer that never comes: {never:?}");
}
// ANCHOR_END: main
