//! Draws listing 1-8's two runs and compares them with the pictures the book
//! shows (`UPDATE_TIMELINES=1` redraws them).
use std::time::Duration;

use listing_01_08::{both_at_once, one_after_the_other};
use support::timeline::{Kind, Recorder, assert_timeline};

fn end_of(rec: &Recorder, lane: &str) -> Duration {
    rec.events()
        .iter()
        .find(|e| e.lane == lane && e.kind == Kind::End)
        .map(|e| e.at)
        .expect("the lookup ended")
}

#[tokio::test(start_paused = true)]
async fn one_after_the_other_takes_two_seconds() {
    let rec = Recorder::new();
    one_after_the_other(&rec).await;
    assert_eq!(end_of(&rec, "user"), Duration::from_secs(1));
    assert_eq!(end_of(&rec, "orders"), Duration::from_secs(2));
    let svg = rec.svg(
        "One after the other: 2 s",
        "Two lanes, user and orders. The orders lookup starts waiting only when \
         the user lookup is done, at 1 s; it is done at 2 s.",
    );
    assert_timeline(env!("CARGO_MANIFEST_DIR"), "timeline-sequential.svg", &svg);
}

#[tokio::test(start_paused = true)]
async fn both_at_once_takes_one_second() {
    let rec = Recorder::new();
    both_at_once(&rec).await;
    assert_eq!(end_of(&rec, "user"), Duration::from_secs(1));
    assert_eq!(end_of(&rec, "orders"), Duration::from_secs(1));
    let svg = rec.svg(
        "Both at once with join!: 1 s",
        "Two lanes, user and orders. Both lookups start waiting at 0 s and are \
         done at 1 s: their waits overlap.",
    );
    assert_timeline(env!("CARGO_MANIFEST_DIR"), "timeline-concurrent.svg", &svg);
}
