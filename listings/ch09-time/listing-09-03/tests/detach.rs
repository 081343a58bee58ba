//! The task outlives a timeout on its handle unless it is aborted.
use listing_09_03::{timeout_on_abort_on_drop, timeout_on_the_handle, timeout_then_abort};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tokio::time::{Duration, Instant, sleep};

#[tokio::test(start_paused = true)]
async fn a_timeout_on_the_handle_leaves_the_task_running() {
    let saved = Arc::new(AtomicBool::new(false));
    let start = Instant::now();
    assert!(timeout_on_the_handle(saved.clone()).await);
    assert_eq!(start.elapsed(), Duration::from_secs(2));
    assert!(!saved.load(Ordering::SeqCst), "not yet at 2 s");
    sleep(Duration::from_secs(4)).await;
    assert!(
        saved.load(Ordering::SeqCst),
        "the detached task still ran to the end"
    );
}

#[tokio::test(start_paused = true)]
async fn aborting_after_the_timeout_stops_the_task() {
    for version in [0, 1] {
        let saved = Arc::new(AtomicBool::new(false));
        let start = Instant::now();
        let timed_out = match version {
            0 => timeout_then_abort(saved.clone()).await,
            _ => timeout_on_abort_on_drop(saved.clone()).await,
        };
        assert!(timed_out);
        assert_eq!(start.elapsed(), Duration::from_secs(2));
        sleep(Duration::from_secs(60)).await;
        assert!(
            !saved.load(Ordering::SeqCst),
            "version {version}: the task was aborted"
        );
    }
}
