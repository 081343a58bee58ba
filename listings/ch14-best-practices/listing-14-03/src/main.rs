// ANCHOR: main
use std::time::Duration;

#[tokio::main]
async fn main() {
    // A server waits for Ctrl-C; this demo also stops on its own after 250 ms.
    let signal = async {
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            () = tokio::time::sleep(Duration::from_millis(250)) => {}
        }
    };
    for line in listing_14_03::run_until(signal).await {
        println!("{line}");
    }
}
// ANCHOR_END: main
