use listing_01_02::visit;
use std::sync::atomic::{AtomicUsize, Ordering};

// ANCHOR: main
#[tokio::main]
async fn main() {
    let visits = AtomicUsize::new(0);

    let future = visit(&visits);
    println!(
        "created the future; visits = {}",
        visits.load(Ordering::Relaxed)
    );

    future.await;
    println!(
        "awaited the future; visits = {}",
        visits.load(Ordering::Relaxed)
    );
}
// ANCHOR_END: main
