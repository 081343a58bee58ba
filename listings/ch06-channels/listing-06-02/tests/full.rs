use futures::FutureExt;
use std::pin::pin;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::timeout;

// ANCHOR: pending
#[tokio::test]
async fn send_waits_while_the_channel_is_full() {
    let (tx, mut rx) = mpsc::channel(1);
    tx.send("first").await.unwrap(); // fills the only slot

    let mut second = pin!(tx.send("second"));
    // Poll the send once: no room, so it is still pending.
    assert!(
        second.as_mut().now_or_never().is_none(),
        "send should wait for room"
    );

    // The receiver takes one message: that frees the slot...
    assert_eq!(rx.recv().await, Some("first"));
    // ...and the same send now completes on its next poll.
    assert!(
        second.as_mut().now_or_never().is_some(),
        "send should complete once there is room"
    );
    assert_eq!(rx.recv().await, Some("second"));
}
// ANCHOR_END: pending

#[tokio::test(start_paused = true)]
async fn send_on_a_full_channel_outlasts_any_timeout() {
    let (tx, _rx) = mpsc::channel(1);
    tx.send(1).await.unwrap();
    // On the paused clock this "hour" passes at once, as soon as nothing
    // else can run: the send is still waiting.
    let waited = timeout(Duration::from_secs(3600), tx.send(2)).await;
    assert!(
        waited.is_err(),
        "nobody receives, so the send must still be waiting"
    );
}

#[test]
fn try_send_refuses_when_full() {
    assert_eq!(
        listing_06_02::try_fill(2, 4),
        [
            "0: queued",
            "1: queued",
            "2: full, handed back",
            "3: full, handed back"
        ]
    );
}
