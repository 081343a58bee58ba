use std::time::Duration;
use tokio::sync::oneshot;
use tokio::time::timeout;

// ANCHOR: errors
#[tokio::test(start_paused = true)]
async fn a_dropped_sender_is_an_error_not_a_hang() {
    let (tx, rx) = oneshot::channel::<&str>();
    tokio::spawn(async move {
        let _tx = tx; // the task owns the Sender...
        // ...and ends without sending: `_tx` is dropped here.
    });
    let got = timeout(Duration::from_secs(60), rx)
        .await
        .expect("rx.await must not hang");
    assert!(
        got.is_err(),
        "the Sender was dropped, so rx.await is Err(RecvError)"
    );
}

#[tokio::test]
async fn sending_to_a_dropped_receiver_returns_the_value() {
    let (tx, rx) = oneshot::channel();
    drop(rx); // the asker gave up
    assert_eq!(tx.send("result"), Err("result"));
}
// ANCHOR_END: errors
