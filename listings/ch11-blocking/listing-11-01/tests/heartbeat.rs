//! Both tests run on a current-thread runtime (`#[tokio::test]`'s default):
//! one thread runs every task, the heartbeat's and the test's.
use listing_11_01::{handler_inline, handler_offloaded, spawn_heartbeat};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::sync::mpsc;
use std::time::{Duration, Instant};

// ANCHOR: starved
#[tokio::test]
async fn a_blocking_call_starves_the_heartbeat() {
    let beats = spawn_heartbeat();
    tokio::task::yield_now().await; // the heartbeat takes its first turn
    assert!(
        beats.load(Ordering::SeqCst) > 0,
        "the heartbeat has started"
    );

    let (send, answer) = mpsc::channel();
    // The runtime's only thread is about to be stuck in `blocking_call`, so
    // no task can send the answer: only another OS thread can. It waits
    // 50 ms of real time first, the one real wait of this chapter, so that
    // the call really blocks for a while. The count below is 0 whatever the
    // wait: nothing on this thread runs until `blocking_call` returns.
    let answerer = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        send.send(42).unwrap();
    });

    let before = beats.load(Ordering::SeqCst);
    let answer = handler_inline(answer).await;
    let during = beats.load(Ordering::SeqCst) - before;
    answerer.join().unwrap();

    assert_eq!(answer, 42);
    assert_eq!(during, 0, "no heartbeat while the thread was blocked");
}
// ANCHOR_END: starved

// ANCHOR: offloaded
#[tokio::test]
async fn spawn_blocking_keeps_the_heartbeat_going() {
    let beats = spawn_heartbeat();
    let (send, answer) = mpsc::channel();
    let before = beats.load(Ordering::SeqCst);

    // This time the answer comes only after the heartbeat has beaten three
    // times *during* the call. With `handler_inline` that would never happen:
    // a deadlock. (The answerer gives up after 10 s so a bug cannot hang.)
    let watched = Arc::clone(&beats);
    let answerer = std::thread::spawn(move || {
        let give_up = Instant::now() + Duration::from_secs(10);
        while watched.load(Ordering::SeqCst) < before + 3 && Instant::now() < give_up {
            std::thread::yield_now();
        }
        send.send(42).unwrap();
    });

    let answer = tokio::time::timeout(Duration::from_secs(10), handler_offloaded(answer))
        .await
        .expect("the offloaded call never returned");
    let during = beats.load(Ordering::SeqCst) - before;
    answerer.join().unwrap();

    assert_eq!(answer, 42);
    assert!(
        during >= 3,
        "the heartbeat beat {during} times during the call"
    );
}
// ANCHOR_END: offloaded
