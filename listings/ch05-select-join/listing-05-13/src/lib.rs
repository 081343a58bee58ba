//! Listing 5-13: `send` in a `select!` loses the message when another branch
//! wins; `reserve` waits for room first and keeps the message in hand.
use std::collections::VecDeque;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio::time::{interval, sleep};

/// A slow consumer: it takes a message every 300 ms. Returns what it got.
pub fn slow_consumer(mut rx: mpsc::Receiver<String>) -> JoinHandle<Vec<String>> {
    tokio::spawn(async move {
        let mut got = Vec::new();
        while let Some(msg) = rx.recv().await {
            got.push(msg);
            sleep(Duration::from_millis(300)).await;
        }
        got
    })
}

// ANCHOR: send
/// Sends every message of `queue`, with a heartbeat every 100 ms.
/// Returns what the consumer received, and how many heartbeats there were.
pub async fn send_with_heartbeat(mut queue: VecDeque<String>) -> (Vec<String>, u32) {
    let (tx, rx) = mpsc::channel(1);
    let consumer = slow_consumer(rx);
    let mut heartbeat = interval(Duration::from_millis(100));
    let mut beats = 0;
    while let Some(msg) = queue.pop_front() {
        tokio::select! {
            biased; // try the send first: the same run every time
            res = tx.send(msg) => res.expect("the consumer is alive"),
            // If this branch wins, the send future is dropped, and `msg`,
            // which it owns, is dropped with it.
            _ = heartbeat.tick() => beats += 1,
        }
    }
    drop(tx);
    (consumer.await.expect("the consumer ran"), beats)
}
// ANCHOR_END: send

// ANCHOR: reserve
/// The same loop with `reserve`: the message leaves the queue only once
/// there is room for it.
pub async fn reserve_with_heartbeat(mut queue: VecDeque<String>) -> (Vec<String>, u32) {
    let (tx, rx) = mpsc::channel(1);
    let consumer = slow_consumer(rx);
    let mut heartbeat = interval(Duration::from_millis(100));
    let mut beats = 0;
    while !queue.is_empty() {
        tokio::select! {
            biased;
            permit = tx.reserve() => {
                let permit = permit.expect("the consumer is alive");
                let msg = queue.pop_front().expect("the queue is not empty");
                permit.send(msg); // cannot fail, cannot wait
            }
            // If this branch wins, only the reservation is dropped.
            _ = heartbeat.tick() => beats += 1,
        }
    }
    drop(tx);
    (consumer.await.expect("the consumer ran"), beats)
}
// ANCHOR_END: reserve

/// Five messages, `m1` to `m5`.
pub fn five_messages() -> VecDeque<String> {
    (1..=5).map(|i| format!("m{i}")).collect()
}

/// The lines `main` prints.
pub async fn report() -> Vec<String> {
    let (got, beats) = send_with_heartbeat(five_messages()).await;
    let send = format!("send:    received {got:?} ({beats} heartbeats)");
    let (got, beats) = reserve_with_heartbeat(five_messages()).await;
    let reserve = format!("reserve: received {got:?} ({beats} heartbeats)");
    vec![send, reserve]
}
