//! Draws listing 11-8's two runs and compares them with the pictures the
//! book shows (`UPDATE_TIMELINES=1` redraws them).
use listing_11_08::scenario;
use support::timeline::{Kind, Recorder, assert_timeline};

const DIR: &str = env!("CARGO_MANIFEST_DIR");

fn beats(rec: &Recorder) -> Vec<u128> {
    rec.events()
        .iter()
        .filter(|e| e.kind == Kind::Tick)
        .map(|e| e.at.as_millis())
        .collect()
}

#[tokio::test(start_paused = true)]
async fn a_blocking_call_stops_the_heartbeat() {
    let rec = Recorder::with_lanes(&["heartbeat", "handler"]);
    scenario(&rec, false).await;
    // Nothing between 100 ms and the end of the call at 450 ms.
    assert_eq!(beats(&rec), [0, 100, 450, 550]);
    let late: Vec<_> = rec
        .events()
        .into_iter()
        .filter(|e| e.label == "late")
        .collect();
    assert_eq!(late.len(), 1);
    let svg = rec.svg(
        "A blocking call inside a task: the heartbeat stops",
        "Two lanes. The heartbeat beats at 0 and 100 ms. At 150 ms the handler makes a \
         300 ms blocking call on the runtime's only thread; no beat until the call \
         returns at 450 ms, when the heartbeat beats late, then again at 550 ms.",
    );
    assert_timeline(DIR, "timeline-blocked.svg", &svg);
}

#[tokio::test(start_paused = true)]
async fn spawn_blocking_keeps_the_heartbeat_going() {
    let rec = Recorder::with_lanes(&["heartbeat", "handler", "blocking thread"]);
    scenario(&rec, true).await;
    assert_eq!(beats(&rec), [0, 100, 200, 300, 400, 500, 600]);
    assert!(rec.events().iter().all(|e| e.label != "late"));
    let svg = rec.svg(
        "The same call through spawn_blocking: the heartbeat goes on",
        "Three lanes. The heartbeat beats every 100 ms, from 0 to 600 ms. At 150 ms the \
         handler hands the 300 ms blocking call to a thread of the blocking pool and \
         awaits it; the call runs there from 150 to 450 ms, and the handler answers at \
         450 ms.",
    );
    assert_timeline(DIR, "timeline-offloaded.svg", &svg);
}
