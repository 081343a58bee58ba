//! Draws listing 3-13's run and compares it with the picture the book shows
//! (`UPDATE_TIMELINES=1` redraws it).
use std::time::Duration;

use listing_03_13::spawn_and_await;
use support::timeline::{Kind, Recorder, assert_timeline};

#[tokio::test(start_paused = true)]
async fn tasks_run_while_main_waits_on_one_handle() {
    let rec = Recorder::new();
    assert_eq!(spawn_and_await(&rec).await, [3, 1, 2]);
    let events = rec.events();
    let at = |lane: &str, kind: Kind, label: &str| {
        events
            .iter()
            .find(|e| e.lane == lane && e.kind == kind && e.label == label)
            .map(|e| e.at)
            .unwrap_or_else(|| panic!("no {kind:?} {label:?} in {lane}"))
    };
    // Task 2 is done at 1 s, while `main` still waits for task 1 …
    assert_eq!(at("task 2", Kind::End, "done"), Duration::from_secs(1));
    // … so once task 1's handle answers at 3 s, the other two answer at once.
    assert_eq!(at("main", Kind::Recv, "got 1"), Duration::from_secs(3));
    assert_eq!(at("main", Kind::Recv, "got 2"), Duration::from_secs(3));
    assert_eq!(at("main", Kind::Recv, "got 3"), Duration::from_secs(3));
    let svg = rec.svg(
        "Spawned tasks run while main awaits a handle",
        "Four lanes. main spawns tasks 1, 2 and 3 at 0 s, which sleep 3, 1 and 2 seconds. \
         main awaits handle 1 until 3 s; tasks 2 and 3 finish meanwhile, at 1 s and 2 s, \
         so handles 2 and 3 answer at once at 3 s.",
    );
    assert_timeline(env!("CARGO_MANIFEST_DIR"), "timeline.svg", &svg);
}
