use listing_05_13::{reserve_with_heartbeat, send_with_heartbeat};
use std::collections::VecDeque;
use std::time::Duration;
use tokio::time::timeout;

fn messages(n: usize) -> VecDeque<String> {
    (1..=n).map(|i| format!("m{i}")).collect()
}

// ANCHOR: tests
#[tokio::test(start_paused = true)]
async fn send_in_a_select_loses_the_message_when_the_heartbeat_wins() {
    let (got, beats) = timeout(Duration::from_secs(600), send_with_heartbeat(messages(50)))
        .await
        .expect("the loop finished");
    assert!(beats > 0, "the heartbeat won some races");
    // Each pass takes one message off the queue; each heartbeat that wins
    // drops the one in flight.
    assert_eq!(
        got.len() + beats as usize,
        50,
        "one message lost per heartbeat"
    );
}

#[tokio::test(start_paused = true)]
async fn reserve_in_a_select_loses_nothing() {
    let (got, beats) = timeout(
        Duration::from_secs(600),
        reserve_with_heartbeat(messages(50)),
    )
    .await
    .expect("the loop finished");
    assert!(beats > 0, "the heartbeat won some races");
    assert_eq!(got, Vec::from(messages(50)), "every message, in order");
}
// ANCHOR_END: tests
