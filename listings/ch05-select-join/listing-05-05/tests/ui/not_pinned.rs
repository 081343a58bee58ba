// ANCHOR: all
use std::time::Duration;
use tokio::time::{interval, sleep};

async fn slow_job() -> u32 {
    sleep(Duration::from_millis(3500)).await;
    42
}

async fn run() {
    let mut job = slow_job(); // not pinned
    let mut progress = interval(Duration::from_secs(1));
    loop {
        tokio::select! {
            answer = &mut job => {
                println!("done: {answer}");
                break;
            }
            _ = progress.tick() => println!("still working"),
        }
    }
}
// ANCHOR_END: all

fn main() {
    let _ = run();
}
