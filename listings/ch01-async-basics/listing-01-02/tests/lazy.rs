//! A future is lazy: its body runs when it is awaited, not when it is made.
use listing_01_02::visit;
use std::sync::atomic::{AtomicUsize, Ordering};

// ANCHOR: test
#[tokio::test]
async fn the_body_runs_only_when_awaited() {
    let visits = AtomicUsize::new(0);

    let future = visit(&visits);
    assert_eq!(
        visits.load(Ordering::Relaxed),
        0,
        "calling an async fn ran its body"
    );

    future.await;
    assert_eq!(
        visits.load(Ordering::Relaxed),
        1,
        "awaiting the future did not run its body"
    );
}

#[tokio::test]
async fn a_future_dropped_unawaited_never_runs() {
    let visits = AtomicUsize::new(0);

    drop(visit(&visits));
    assert_eq!(
        visits.load(Ordering::Relaxed),
        0,
        "a dropped future ran its body"
    );
}
// ANCHOR_END: test
