//! Listing 2-9: tokio's cooperative budget makes a task that only ever sees
//! ready futures yield anyway; `unconstrained` and plain ready futures do not.
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

// ANCHOR: drain
use tokio::sync::mpsc;
use tokio::task::unconstrained;

/// Fills a channel with `n` messages, spawns a second task, then receives
/// every message. Returns how many messages this task had received when it
/// first saw that the second task had run, or `None` if it never ran
/// before the loop ended. Run it on a current-thread runtime.
pub async fn drain(n: usize, budget: bool) -> Option<usize> {
    let (tx, mut rx) = mpsc::unbounded_channel();
    for i in 0..n {
        tx.send(i).unwrap();
    }
    let (other_ran, flag) = flag();
    tokio::spawn(async move { flag.store(true, Ordering::SeqCst) });

    let receive_all = async move {
        let mut first_seen = None;
        for received in 0..n {
            rx.recv().await.unwrap(); // always ready: the message is there
            if first_seen.is_none() && other_ran.load(Ordering::SeqCst) {
                first_seen = Some(received);
            }
        }
        first_seen
    };
    if budget {
        receive_all.await
    } else {
        unconstrained(receive_all).await // no budget: never forced to yield
    }
}
// ANCHOR_END: drain

// ANCHOR: ready
/// The same loop over futures that are not tokio's: `std::future::ready`
/// knows nothing of the budget, so this loop never yields.
pub async fn spin(n: usize) -> Option<usize> {
    let (other_ran, flag) = flag();
    tokio::spawn(async move { flag.store(true, Ordering::SeqCst) });
    let mut first_seen = None;
    for i in 0..n {
        std::future::ready(i).await;
        if first_seen.is_none() && other_ran.load(Ordering::SeqCst) {
            first_seen = Some(i);
        }
    }
    first_seen
}
// ANCHOR_END: ready

fn flag() -> (Arc<AtomicBool>, Arc<AtomicBool>) {
    let flag = Arc::new(AtomicBool::new(false));
    (Arc::clone(&flag), flag)
}

/// The lines `main` prints.
pub async fn report(n: usize) -> Vec<String> {
    let say = |what: &str, seen: Option<usize>| match seen {
        Some(i) => format!("{what}: the other task ran after {i} of {n} messages"),
        None => format!("{what}: the other task did not run until all {n} were done"),
    };
    vec![
        say("recv() with the budget   ", drain(n, true).await),
        say("recv() unconstrained     ", drain(n, false).await),
        say("std::future::ready       ", spin(n).await),
    ]
}
