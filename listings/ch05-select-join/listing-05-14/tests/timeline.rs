//! Draws listing 5-14's runs and compares them with the pictures the book
//! shows (`UPDATE_TIMELINES=1` redraws them).
use std::time::Duration;

use listing_05_14::{race, receive_kept_bytes, receive_kept_future, receive_lossy, sender};
use support::timeline::{Kind, Recorder, assert_timeline};

const DIR: &str = env!("CARGO_MANIFEST_DIR");

fn at(rec: &Recorder, lane: &str, kind: Kind) -> Vec<Duration> {
    rec.events()
        .iter()
        .filter(|e| e.lane == lane && e.kind == kind)
        .map(|e| e.at)
        .collect()
}

#[tokio::test(start_paused = true)]
async fn the_loser_is_dropped_when_the_timer_wins() {
    // select! polls its branches in a random order: fix the lanes' order.
    let rec = Recorder::with_lanes(&["select!", "timer", "operation"]);
    assert_eq!(race(&rec).await, "timer");
    assert_eq!(at(&rec, "operation", Kind::Drop), [Duration::from_secs(1)]);
    assert!(
        at(&rec, "operation", Kind::End).is_empty(),
        "the operation never ends"
    );
    let svg = rec.svg_until(
        "select!: the timer wins, the operation is dropped",
        "Three lanes. select! waits from 0 s. The timer sleeps 1 s and fires; the \
         operation, which would sleep 2 s, is dropped at 1 s, unfinished, and \
         select! returns the timer's branch.",
        Duration::from_secs(2),
    );
    assert_timeline(DIR, "timeline-race.svg", &svg);
}

#[tokio::test(start_paused = true)]
async fn a_dropped_read_exact_loses_two_bytes() {
    let rec = Recorder::new();
    let got = receive_lossy(&rec, sender(&rec)).await;
    assert_eq!(got, ["abcd", "ghij", "klmn", "opqr"]);
    let lost: Vec<_> = rec
        .events()
        .into_iter()
        .filter(|e| e.kind == Kind::Drop)
        .map(|e| (e.at, e.label))
        .collect();
    assert_eq!(
        lost,
        [(Duration::from_millis(650), "2 bytes lost".to_owned())]
    );
    let svg = rec.svg(
        "A fresh read_exact each pass: the heartbeat drops 2 bytes",
        "Three lanes. The sender writes ab, cd, ef, gh, ij, kl, mn, op, qr, st, one \
         every 300 ms. The heartbeat ticks at 650, 1300, 1950 and 2600 ms. At 650 ms \
         select! drops the read_exact that holds ef: 2 bytes lost. The receiver gets \
         abcd, then ghij, klmn and opqr, out of step; st is left over at the end.",
    );
    assert_timeline(DIR, "timeline-lossy.svg", &svg);
}

#[tokio::test(start_paused = true)]
async fn fix_one_keeps_the_read_future() {
    let rec = Recorder::new();
    let got = receive_kept_future(&rec, sender(&rec)).await;
    assert_eq!(got, ["abcd", "efgh", "ijkl", "mnop", "qrst"]);
    assert_eq!(at(&rec, "heartbeat", Kind::Tick).len(), 4);
    assert!(at(&rec, "receiver", Kind::Drop).is_empty());
    let svg = rec.svg(
        "Fix 1: one read future, kept across passes",
        "Three lanes. The same sender and heartbeat. The read future survives each \
         heartbeat, so the receiver gets all five messages: abcd, efgh, ijkl, mnop, qrst.",
    );
    assert_timeline(DIR, "timeline-kept-future.svg", &svg);
}

#[tokio::test(start_paused = true)]
async fn fix_two_keeps_the_bytes() {
    let rec = Recorder::new();
    let got = receive_kept_bytes(&rec, sender(&rec)).await;
    assert_eq!(got, ["abcd", "efgh", "ijkl", "mnop", "qrst"]);
    assert_eq!(at(&rec, "heartbeat", Kind::Tick).len(), 4);
    let svg = rec.svg(
        "Fix 2: read_buf into a buffer that outlives each pass",
        "Three lanes. The same sender and heartbeat. Every byte read lands in a buffer \
         owned by the loop, so a dropped read_buf loses nothing and the receiver gets \
         all five messages: abcd, efgh, ijkl, mnop, qrst.",
    );
    assert_timeline(DIR, "timeline-kept-bytes.svg", &svg);
}
