//! The clock is paused: a sleep costs no real time, but the virtual clock
//! still counts it, so the tests can say how long the code "took".
use listing_13_01::{all_at_once, one_by_one};
use std::time::Duration;

const SECOND: Duration = Duration::from_secs(1);

#[tokio::test(start_paused = true)]
async fn a_thousand_waits_at_once_take_one_second() {
    let (mut answers, took) = all_at_once(1_000, SECOND).await;
    answers.sort();
    assert_eq!(
        answers,
        (0..1_000).collect::<Vec<_>>(),
        "every call answers once"
    );
    assert!(
        took >= SECOND && took < SECOND + Duration::from_millis(10),
        "1,000 concurrent waits of 1 s should take 1 s in all, took {took:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn a_thousand_waits_one_by_one_take_a_thousand_seconds() {
    let (answers, took) = one_by_one(1_000, SECOND).await;
    assert_eq!(
        answers,
        (0..1_000).collect::<Vec<_>>(),
        "in order, one each"
    );
    assert!(
        took >= 1_000 * SECOND,
        "each wait starts after the last one ends: 1,000 s, took {took:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn concurrent_time_is_the_longest_wait_not_the_sum() {
    let (_, took) = all_at_once(10, 3 * SECOND).await;
    assert!(took >= 3 * SECOND && took < 3 * SECOND + Duration::from_millis(10));
}
