//! Which always-ready streams give their thread back? Both tests run on a
//! current-thread runtime: the spawned task can only run when the loop's
//! future returns `Pending`.
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

fn spawn_flag_setter() -> Arc<AtomicBool> {
    let ran = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&ran);
    tokio::spawn(async move { flag.store(true, Ordering::SeqCst) });
    ran
}

// ANCHOR: budget
#[tokio::test]
async fn tokio_stream_iter_returns_pending_now_and_then() {
    use tokio_stream::StreamExt;
    let other_ran = spawn_flag_setter();
    let mut endless = tokio_stream::iter(0u64..); // every item is ready
    let mut taken = 0;
    while !other_ran.load(Ordering::SeqCst) {
        endless.next().await;
        taken += 1;
        assert!(taken <= 128, "the other task never got a turn");
    }
}

#[tokio::test]
async fn futures_stream_iter_never_does() {
    use futures::StreamExt;
    let other_ran = spawn_flag_setter();
    let mut items = futures::stream::iter(0u64..100_000);
    while items.next().await.is_some() {
        assert!(
            !other_ran.load(Ordering::SeqCst),
            "it did give the thread back"
        );
    }
    tokio::task::yield_now().await; // now the other task gets its turn
    assert!(other_ran.load(Ordering::SeqCst));
}
// ANCHOR_END: budget
