use listing_01_05::{YieldTimes, count_polls};

// ANCHOR: main
#[tokio::main]
async fn main() {
    let ((), polls) = count_polls(YieldTimes::new(3)).await;
    println!("YieldTimes::new(3) was polled {polls} times");
}
// ANCHOR_END: main
