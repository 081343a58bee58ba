//! What a blocked worker costs on the multi-thread runtime. The test's own
//! future runs on the test's thread (`block_on`), outside the two workers.
use std::sync::mpsc;
use std::thread::{self, ThreadId};
use std::time::Duration;

const LIMIT: Duration = Duration::from_secs(10);

// ANCHOR: steal
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_blocked_worker_loses_its_lifo_slot_task_not_its_queue() {
    let (ran, runs) = mpsc::channel::<(u32, ThreadId)>();
    let (release, released) = mpsc::channel::<()>();
    let (spawner_thread, spawner) = mpsc::channel::<ThreadId>();

    tokio::spawn(async move {
        spawner_thread.send(thread::current().id()).unwrap();
        for child in 1..=5 {
            let ran = ran.clone();
            tokio::spawn(async move {
                ran.send((child, thread::current().id())).unwrap();
            });
        }
        // Block this worker until the test says so: a blocking call.
        released.recv_timeout(LIMIT).unwrap();
    });
    let blocked = spawner.recv_timeout(LIMIT).unwrap();

    // Four children run while the worker is blocked: the other worker
    // stole them from the blocked worker's run queue.
    let mut early: Vec<(u32, ThreadId)> =
        (0..4).map(|_| runs.recv_timeout(LIMIT).unwrap()).collect();
    early.sort_by_key(|(child, _)| *child);
    assert_eq!(
        early.iter().map(|(c, _)| *c).collect::<Vec<_>>(),
        [1, 2, 3, 4]
    );
    assert!(
        early.iter().all(|(_, t)| *t != blocked),
        "run by the other worker"
    );

    // The last one spawned sits in the blocked worker's LIFO slot, which no
    // other worker takes from. It waits for as long as the worker is blocked.
    assert!(runs.try_recv().is_err(), "child 5 has not run");
    release.send(()).unwrap();
    let (child, thread) = runs.recv_timeout(LIMIT).unwrap();
    assert_eq!(child, 5);
    assert_eq!(
        thread, blocked,
        "it ran on its own worker, once it was free"
    );
}
// ANCHOR_END: steal
