use tokio::sync::mpsc;

// ANCHOR: closed
#[test]
fn an_unbounded_send_never_waits_but_fails_once_the_receiver_is_gone() {
    let (tx, rx) = mpsc::unbounded_channel();
    // No runtime, no `.await`: the send returns at once.
    assert!(tx.send("kept").is_ok());
    drop(rx);
    // The receiver is gone: the send fails and hands the value back.
    let err = tx.send("lost").unwrap_err();
    assert_eq!(err.0, "lost");
}
// ANCHOR_END: closed
