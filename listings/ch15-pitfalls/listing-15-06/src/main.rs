use listing_15_06::{beats_during, handle_inline, handle_offloaded};
use std::time::Duration;

// One thread, like `#[tokio::test]`: nothing else can run the heartbeat.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let work = Duration::from_millis(200);
    let (_, beats) = beats_during(handle_inline(work)).await;
    println!("inline:         {beats} heartbeats during 200 ms of work");
    let (_, beats) = beats_during(handle_offloaded(work)).await;
    println!("spawn_blocking: {beats} heartbeats during 200 ms of work");
}
