use listing_13_02::{size_of_waiting_future, tasks_waiting_at_once, threads_waiting_at_once};
use std::time::Duration;
use tokio::time::timeout;

// If the barrier never opened, the tasks were not all waiting at once: the
// timeout turns that into a failure instead of a hang.
const LIMIT: Duration = Duration::from_secs(30);

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_thousand_waiting_tasks_share_four_threads() {
    let threads = timeout(LIMIT, tasks_waiting_at_once(1_000))
        .await
        .expect("the barrier never opened: the 1,000 tasks were not all waiting at once");
    assert!(
        (1..=4).contains(&threads),
        "1,000 tasks ran on {threads} threads; the runtime has 4 workers"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn on_a_current_thread_runtime_they_share_one() {
    let threads = timeout(LIMIT, tasks_waiting_at_once(1_000))
        .await
        .expect("the barrier never opened");
    assert_eq!(threads, 1, "a current-thread runtime has one thread");
}

#[test]
fn blocking_waits_need_a_thread_each() {
    assert_eq!(
        threads_waiting_at_once(500),
        500,
        "a thread that blocks can do nothing else: 500 waits need 500 threads"
    );
}

#[test]
fn a_waiting_task_is_small() {
    // A spawned thread reserves a 2 MiB stack by default (std::thread docs).
    // A task keeps only its future's state, plus a small header in tokio.
    let size = size_of_waiting_future();
    assert!(
        size < 1024,
        "a task waiting at a barrier keeps {size} bytes of state; expected well under 1 KiB"
    );
}
