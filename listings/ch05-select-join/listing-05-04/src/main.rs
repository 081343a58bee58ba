// ANCHOR: main
use std::time::Duration;

#[tokio::main]
async fn main() {
    // Ctrl-C stops the job early; otherwise it runs for 3.5 seconds.
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    for line in listing_05_04::run(Duration::from_millis(3500), ctrl_c).await {
        println!("{line}");
    }
}
// ANCHOR_END: main
