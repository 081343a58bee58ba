use listing_10_06::{parse_in_task, parse_or_give_up};
use std::time::Duration;
use tokio::time::Instant;

#[tokio::test(start_paused = true)]
async fn a_send_error_leaves_the_task() {
    assert_eq!(parse_in_task("8080").await.unwrap(), 8080);
    let err = parse_in_task("eighty").await.unwrap_err();
    assert_eq!(err.to_string(), "invalid digit found in string");
}

#[tokio::test(start_paused = true)]
async fn a_send_error_can_be_held_across_an_await() {
    let start = Instant::now();
    assert_eq!(
        parse_or_give_up("eighty").await,
        "giving up: invalid digit found in string"
    );
    assert_eq!(
        start.elapsed(),
        Duration::from_millis(100),
        "it backed off before giving up"
    );
    assert_eq!(parse_or_give_up("443").await, "port 443");
}
