use listing_11_03::{checksum, checksum_in_place};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::time::timeout;

// ANCHOR: works
#[tokio::test(flavor = "multi_thread")]
async fn works_on_the_multi_thread_runtime() {
    assert_eq!(checksum_in_place(b"hello").await, 0xa430_d846_80aa_bd0b);
    let data = vec![7u8; 100_000];
    assert_eq!(checksum_in_place(&data).await, checksum(&data));
}

#[tokio::test]
#[should_panic(expected = "can call blocking only when running on the multi-threaded runtime")]
async fn panics_on_the_current_thread_runtime() {
    checksum_in_place(b"hello").await;
}
// ANCHOR_END: works

// ANCHOR: hand_off
// One worker thread only. The heartbeat and the blocking task start on it.
#[tokio::test(flavor = "multi_thread", worker_threads = 1)]
async fn other_tasks_move_to_another_thread() {
    let beats = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&beats);
    tokio::spawn(async move {
        loop {
            counter.fetch_add(1, Ordering::SeqCst);
            tokio::task::yield_now().await;
        }
    });

    let watched = Arc::clone(&beats);
    let blocker = tokio::spawn(async move {
        tokio::task::block_in_place(|| {
            // Block this thread until the heartbeat has beaten three more
            // times (giving up after 10 s, so that a bug cannot hang).
            let before = watched.load(Ordering::SeqCst);
            let give_up = Instant::now() + Duration::from_secs(10);
            while watched.load(Ordering::SeqCst) < before + 3 && Instant::now() < give_up {
                std::thread::yield_now();
            }
            watched.load(Ordering::SeqCst) - before
        })
    });

    let during = timeout(Duration::from_secs(20), blocker)
        .await
        .expect("the blocking task never finished")
        .unwrap();
    assert!(
        during >= 3,
        "the heartbeat beat {during} times while a task blocked its worker"
    );
}
// ANCHOR_END: hand_off

// ANCHOR: same_task
#[tokio::test(flavor = "multi_thread")]
async fn the_blocking_task_itself_still_waits() {
    let beats = AtomicUsize::new(0);
    let data = vec![7u8; 1_000_000];
    // Two futures in one task, as `join!` runs them.
    let (during, ()) = tokio::join!(
        async {
            tokio::task::block_in_place(|| {
                let before = beats.load(Ordering::SeqCst);
                checksum(&data);
                beats.load(Ordering::SeqCst) - before
            })
        },
        async {
            for _ in 0..100 {
                beats.fetch_add(1, Ordering::SeqCst);
                tokio::task::yield_now().await;
            }
        },
    );
    assert_eq!(during, 0, "the other future of the same task did not run");
}
// ANCHOR_END: same_task
