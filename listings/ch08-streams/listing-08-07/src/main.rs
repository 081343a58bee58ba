use std::sync::atomic::{AtomicU64, Ordering};

#[tokio::main]
async fn main() {
    let seen = AtomicU64::new(0);
    let squares = listing_08_07::odd_squares(5, &seen).await;
    println!("{squares:?}");
    println!(
        "the source produced {} numbers",
        seen.load(Ordering::Relaxed)
    );
}
