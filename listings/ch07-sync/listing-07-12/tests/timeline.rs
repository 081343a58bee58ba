//! Draws listing 7-12's run and compares it with the picture the book shows
//! (`UPDATE_TIMELINES=1` redraws it).
use std::time::Duration;

use listing_07_12::limited;
use support::timeline::{Kind, Recorder, assert_timeline};

#[tokio::test(start_paused = true)]
async fn three_permits_let_three_tasks_run_at_once() {
    let rec = Recorder::new();
    limited(&rec, 7, 3).await;
    // How many tasks hold a permit at each moment, from the picture's events.
    let mut events = rec.events();
    events.sort_by_key(|e| (e.at, e.kind == Kind::Hold));
    let (mut now, mut most) = (0, 0);
    for e in &events {
        match e.kind {
            Kind::Hold => now += 1,
            Kind::End => now -= 1,
            _ => {}
        }
        most = most.max(now);
    }
    assert_eq!(most, 3, "at most three permits are held at once");
    let starts: Vec<u64> = events
        .iter()
        .filter(|e| e.kind == Kind::Hold)
        .map(|e| e.at.as_secs())
        .collect();
    assert_eq!(starts, [0, 0, 0, 1, 1, 1, 2]);
    assert_eq!(events.last().unwrap().at, Duration::from_secs(3));
    let svg = rec.svg(
        "A semaphore with 3 permits: at most 3 tasks at once",
        "Seven lanes, tasks 0 to 6. Tasks 0, 1 and 2 take a permit at 0 s and hold it \
         for 1 s; tasks 3 to 6 wait. At 1 s tasks 3, 4 and 5 take the freed permits; \
         task 6 waits until 2 s. All are done at 3 s.",
    );
    assert_timeline(env!("CARGO_MANIFEST_DIR"), "timeline.svg", &svg);
}
