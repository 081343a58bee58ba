//! Draws listing 6-13's run and compares it with the picture the book shows
//! (`UPDATE_TIMELINES=1` redraws it).
use std::time::Duration;

use listing_06_13::backpressure;
use support::timeline::{Kind, Recorder, assert_timeline};

#[tokio::test(start_paused = true)]
async fn a_full_channel_makes_the_producer_wait() {
    let rec = Recorder::with_lanes(&["producer", "consumer"]);
    backpressure(&rec, 2, 6, Duration::from_secs(1)).await;
    let sent: Vec<u64> = rec
        .events()
        .iter()
        .filter(|e| e.kind == Kind::Send)
        .map(|e| e.at.as_secs())
        .collect();
    // Two fill the channel and the consumer takes item 0 at once, so three
    // go in at 0 s; then one per second, as the consumer makes room.
    assert_eq!(sent, [0, 0, 0, 1, 2, 3]);
    let ends: Vec<(String, u64)> = rec
        .events()
        .iter()
        .filter(|e| e.kind == Kind::End)
        .map(|e| (e.lane.clone(), e.at.as_secs()))
        .collect();
    assert_eq!(ends, [("producer".into(), 3), ("consumer".into(), 6)]);
    let svg = rec.svg(
        "A bounded channel (capacity 2) slows the producer to the consumer's pace",
        "Two lanes. The producer sends items 0, 1 and 2 at 0 s, then finds the channel \
         full and waits; it sends 3, 4 and 5 at 1, 2 and 3 s, each time the consumer \
         takes an item out, and is done at 3 s. The consumer works 1 s per item and \
         is done at 6 s.",
    );
    assert_timeline(env!("CARGO_MANIFEST_DIR"), "timeline.svg", &svg);
}
