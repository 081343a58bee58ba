//! Listing 1-2: calling an async fn runs none of its body.
use std::sync::atomic::{AtomicUsize, Ordering};

// ANCHOR: visit
/// Counts one visit in `visits`, and says so.
pub async fn visit(visits: &AtomicUsize) {
    println!("the body of `visit` runs");
    visits.fetch_add(1, Ordering::Relaxed);
}
// ANCHOR_END: visit
