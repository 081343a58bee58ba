//! Listing 5-9: `tokio::join!` runs three futures at once and waits for all.
use std::time::Duration;
use tokio::time::sleep;

// ANCHOR: three
/// Three one-second jobs, run concurrently: done after one second, not three.
pub async fn three() -> (u32, u32, u32) {
    let (r1, r2, r3) = tokio::join!(
        async {
            sleep(Duration::from_secs(1)).await;
            1
        },
        async {
            sleep(Duration::from_secs(1)).await;
            2
        },
        async {
            sleep(Duration::from_secs(1)).await;
            3
        },
    );
    (r1, r2, r3)
}
// ANCHOR_END: three
