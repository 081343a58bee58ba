use listing_11_02::blocking_operation;
use std::sync::mpsc;
use std::time::Duration;
use tokio::sync::oneshot;
use tokio::time::timeout;

#[tokio::test]
async fn returns_the_closures_value() {
    let result = tokio::task::spawn_blocking(blocking_operation)
        .await
        .unwrap();
    assert_eq!(result, 999_999 * 1_000_000 / 2);
}

// ANCHOR: panic
#[tokio::test]
async fn a_panic_comes_back_as_a_join_error() {
    let handle = tokio::task::spawn_blocking(|| -> u64 { panic!("disk on fire") });
    let err = handle.await.unwrap_err();
    assert!(err.is_panic());
    let payload = err.into_panic();
    assert_eq!(payload.downcast_ref::<&str>(), Some(&"disk on fire"));
}
// ANCHOR_END: panic

// ANCHOR: abort
#[tokio::test]
async fn abort_does_not_stop_a_running_blocking_task() {
    let (started_tx, started) = oneshot::channel();
    let (go_on, gate) = mpsc::channel::<()>();
    let handle = tokio::task::spawn_blocking(move || {
        started_tx.send(()).unwrap();
        gate.recv().unwrap(); // blocks until the test says "go on"
        blocking_operation()
    });

    started.await.unwrap(); // the closure is running on a blocking thread
    handle.abort(); // has no effect: there is no `.await` to stop at
    go_on.send(()).unwrap();

    let result = timeout(Duration::from_secs(10), handle)
        .await
        .expect("the blocking task never finished");
    assert_eq!(result.unwrap(), 499_999_500_000, "it ran to the end");
}
// ANCHOR_END: abort
