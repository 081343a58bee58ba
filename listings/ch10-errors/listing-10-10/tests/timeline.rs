//! Draws listing 10-10's two runs and compares them with the pictures the
//! book shows (`UPDATE_TIMELINES=1` redraws them).
use std::time::Duration;

use listing_10_10::{load_everything, load_page};
use support::timeline::{Kind, Recorder, assert_timeline};

const DIR: &str = env!("CARGO_MANIFEST_DIR");
const LANES: [&str; 3] = ["user", "orders", "prefs"];

fn ends(rec: &Recorder) -> Vec<(String, Kind, u64)> {
    rec.events()
        .iter()
        .filter(|e| matches!(e.kind, Kind::End | Kind::Drop))
        .map(|e| (e.lane.clone(), e.kind, e.at.as_secs()))
        .collect()
}

#[tokio::test(start_paused = true)]
async fn try_join_drops_the_rest_at_the_first_error() {
    let rec = Recorder::with_lanes(&LANES);
    assert!(load_page(&rec).await.is_err());
    assert_eq!(
        ends(&rec),
        [
            ("user".into(), Kind::End, 1),
            ("orders".into(), Kind::End, 2),
            ("prefs".into(), Kind::Drop, 2),
        ]
    );
    let svg = rec.svg_until(
        "try_join!: the first error drops the fetch still waiting",
        "Three lanes. user waits 1 s and is ok; orders waits 2 s and fails; at that \
         moment try_join! returns the error and drops prefs, which needed 10 s.",
        Duration::from_secs(10),
    );
    assert_timeline(DIR, "timeline-try-join.svg", &svg);
}

#[tokio::test(start_paused = true)]
async fn join_waits_for_every_fetch() {
    let rec = Recorder::with_lanes(&LANES);
    load_everything(&rec).await;
    assert_eq!(
        ends(&rec),
        [
            ("user".into(), Kind::End, 1),
            ("orders".into(), Kind::End, 2),
            ("prefs".into(), Kind::End, 10),
        ]
    );
    let svg = rec.svg(
        "join!: every fetch runs to the end",
        "Three lanes. user is ok at 1 s, orders fails at 2 s, and prefs goes on \
         waiting and is ok at 10 s, when join! returns all three results.",
    );
    assert_timeline(DIR, "timeline-join.svg", &svg);
}
