use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc as std_mpsc;
use std::time::Duration;
use tokio::sync::oneshot;
use tokio::task::JoinSet;
use tokio::time::timeout;

/// Sends on `dropped` when the task's future is dropped, finished or aborted.
struct OnDrop(Option<oneshot::Sender<()>>);
impl Drop for OnDrop {
    fn drop(&mut self) {
        let _ = self.0.take().map(|tx| tx.send(()));
    }
}

/// Spawns a task into `set` that blocks its worker in the middle of a poll
/// until `go` is sent, sets `finished`, then reaches an `.await` and sets
/// `after_await`. Returns once the task is in the middle of that poll.
async fn spawn_busy_task(
    set: &mut JoinSet<()>,
    finished: Arc<AtomicBool>,
    after_await: Arc<AtomicBool>,
) -> (std_mpsc::Sender<()>, oneshot::Receiver<()>) {
    let (started_tx, started_rx) = oneshot::channel();
    let (go_tx, go_rx) = std_mpsc::channel::<()>();
    let (dropped_tx, dropped_rx) = oneshot::channel();
    set.spawn(async move {
        let _guard = OnDrop(Some(dropped_tx));
        started_tx.send(()).unwrap();
        let _ = go_rx.recv(); // blocks this worker thread: we are mid-poll
        finished.store(true, Ordering::SeqCst);
        tokio::task::yield_now().await; // the next `.await`
        after_await.store(true, Ordering::SeqCst);
    });
    started_rx.await.expect("the task started");
    (go_tx, dropped_rx)
}

// ANCHOR: mid_poll
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropping_a_set_does_not_wait_for_a_poll_in_progress() {
    let finished = Arc::new(AtomicBool::new(false));
    let after_await = Arc::new(AtomicBool::new(false));
    let mut set = JoinSet::new();
    let (go, dropped) = spawn_busy_task(&mut set, finished.clone(), after_await.clone()).await;

    drop(set); // requests the abort and returns at once
    assert!(
        !finished.load(Ordering::SeqCst),
        "drop returned while the task was still inside its poll"
    );

    go.send(()).unwrap(); // let the poll go on
    let ended = timeout(Duration::from_secs(10), dropped).await;
    ended
        .expect("the task ended")
        .expect("its guard was dropped");
    assert!(finished.load(Ordering::SeqCst), "the poll ran to its end");
    assert!(
        !after_await.load(Ordering::SeqCst),
        "the task was stopped at its next .await"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_waits_until_every_task_has_stopped() {
    let finished = Arc::new(AtomicBool::new(false));
    let after_await = Arc::new(AtomicBool::new(false));
    let mut set = JoinSet::new();
    let (go, _dropped) = spawn_busy_task(&mut set, finished.clone(), after_await.clone()).await;

    let shutdown = async {
        set.shutdown().await; // aborts every task, then waits for each
        finished.load(Ordering::SeqCst)
    };
    let let_it_go = async { go.send(()).unwrap() };
    let (finished_when_shutdown_returned, ()) = timeout(Duration::from_secs(10), async {
        tokio::join!(shutdown, let_it_go)
    })
    .await
    .expect("shutdown returned");
    assert!(
        finished_when_shutdown_returned,
        "shutdown returned only after the task's poll had ended"
    );
    assert!(!after_await.load(Ordering::SeqCst));
}
// ANCHOR_END: mid_poll
