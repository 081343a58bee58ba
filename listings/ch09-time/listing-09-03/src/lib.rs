//! Listing 9-3: a timeout on a `JoinHandle` gives up on the handle, not on
//! the task.
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tokio::task::JoinHandle;
use tokio::time::{Duration, Instant, sleep, timeout};
use tokio_util::task::AbortOnDropHandle;

// ANCHOR: task
/// A background job: after five seconds it saves a report.
pub fn spawn_save_report(saved: Arc<AtomicBool>) -> JoinHandle<()> {
    tokio::spawn(async move {
        sleep(Duration::from_secs(5)).await;
        saved.store(true, Ordering::SeqCst);
    })
}
// ANCHOR_END: task

// ANCHOR: detached
/// Wrong: `timeout` drops the handle, and a dropped handle detaches the task.
pub async fn timeout_on_the_handle(saved: Arc<AtomicBool>) -> bool {
    let handle = spawn_save_report(saved);
    timeout(Duration::from_secs(2), handle).await.is_err()
}
// ANCHOR_END: detached

// ANCHOR: abort
/// Right: await the handle by `&mut`, keep it, and abort the task on timeout.
pub async fn timeout_then_abort(saved: Arc<AtomicBool>) -> bool {
    let mut handle = spawn_save_report(saved);
    let timed_out = timeout(Duration::from_secs(2), &mut handle).await.is_err();
    if timed_out {
        handle.abort();
    }
    timed_out
}

/// Also right: a handle that aborts its task when it is dropped.
pub async fn timeout_on_abort_on_drop(saved: Arc<AtomicBool>) -> bool {
    let handle = AbortOnDropHandle::new(spawn_save_report(saved));
    timeout(Duration::from_secs(2), handle).await.is_err()
}
// ANCHOR_END: abort

// ANCHOR: run
/// Runs one of the three versions, then looks again at six seconds.
pub async fn check<F, Fut>(name: &str, version: F) -> Vec<String>
where
    F: FnOnce(Arc<AtomicBool>) -> Fut,
    Fut: Future<Output = bool>,
{
    let start = Instant::now();
    let saved = Arc::new(AtomicBool::new(false));
    let timed_out = version(saved.clone()).await;
    let gave_up = start.elapsed().as_secs_f64();
    sleep(Duration::from_secs(4)).await; // six seconds after the start
    let saved = saved.load(Ordering::SeqCst);
    vec![
        format!("{name}: timed out {timed_out} at {gave_up:.1} s"),
        format!("{name}: report saved by 6.0 s? {saved}"),
    ]
}

pub async fn run() -> Vec<String> {
    let mut lines = check("timeout on the handle", timeout_on_the_handle).await;
    lines.extend(check("timeout, then abort", timeout_then_abort).await);
    lines.extend(check("AbortOnDropHandle", timeout_on_abort_on_drop).await);
    lines
}
// ANCHOR_END: run
