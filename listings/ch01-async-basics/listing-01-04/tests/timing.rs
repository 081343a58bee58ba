//! On the paused clock a `sleep` ends at once in real time, but tokio's
//! `Instant` still moves by the time slept: the tests measure virtual time.
use listing_01_04::{both_at_once, one_after_the_other};
use std::time::Duration;
use tokio::time::Instant;

// ANCHOR: test
#[tokio::test(start_paused = true)]
async fn two_awaits_in_a_row_take_two_seconds() {
    let start = Instant::now();
    let (user, orders) = one_after_the_other().await;
    assert_eq!(start.elapsed(), Duration::from_secs(2));
    assert_eq!(
        (user.as_str(), orders.as_str()),
        ("user data", "orders data")
    );
}

#[tokio::test(start_paused = true)]
async fn join_waits_for_both_at_once_in_one_second() {
    let start = Instant::now();
    let (user, orders) = both_at_once().await;
    assert_eq!(start.elapsed(), Duration::from_secs(1));
    assert_eq!(
        (user.as_str(), orders.as_str()),
        ("user data", "orders data")
    );
}
// ANCHOR_END: test
