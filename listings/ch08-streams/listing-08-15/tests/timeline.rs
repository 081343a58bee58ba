//! Draws listing 8-15's two runs and compares them with the pictures the
//! book shows (`UPDATE_TIMELINES=1` redraws them).
use std::time::Duration;

use listing_08_15::{as_they_finish, in_order};
use support::timeline::{Kind, Recorder, assert_timeline};

const DIR: &str = env!("CARGO_MANIFEST_DIR");
const LANES: [&str; 4] = ["job 0", "job 1", "job 2", "job 3"];

/// (lane, kind, ms) for the given kind.
fn when(rec: &Recorder, kind: Kind) -> Vec<(String, u128)> {
    rec.events()
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| (e.lane.clone(), e.at.as_millis()))
        .collect()
}

fn pairs(list: &[(&str, u128)]) -> Vec<(String, u128)> {
    list.iter().map(|(l, ms)| (l.to_string(), *ms)).collect()
}

#[tokio::test(start_paused = true)]
async fn buffered_holds_finished_jobs_back_until_job_0() {
    let rec = Recorder::with_lanes(&LANES);
    assert_eq!(in_order(&rec, 2).await, [0, 1, 2, 3]);
    // Job 1 is done at 100 ms but comes out at 500, after job 0; its slot
    // is taken until then, so job 2 starts only at 500 ms.
    assert_eq!(
        when(&rec, Kind::Recv),
        pairs(&[
            ("job 0", 500),
            ("job 1", 500),
            ("job 2", 700),
            ("job 3", 700)
        ])
    );
    assert_eq!(
        when(&rec, Kind::Start),
        pairs(&[("job 0", 0), ("job 1", 0), ("job 2", 500), ("job 3", 500)])
    );
    let svg = rec.svg(
        "buffered(2): results in input order, 700 ms",
        "Four lanes, jobs 0 to 3, taking 500, 100, 200 and 100 ms. Jobs 0 and 1 start \
         at 0 ms. Job 1 is done at 100 ms but comes out of the stream only at 500 ms, \
         after job 0; jobs 2 and 3 start at 500 ms and come out at 700 ms.",
    );
    assert_timeline(DIR, "timeline-buffered.svg", &svg);
}

#[tokio::test(start_paused = true)]
async fn buffer_unordered_hands_each_job_out_when_it_is_done() {
    let rec = Recorder::with_lanes(&LANES);
    assert_eq!(as_they_finish(&rec, 2).await, [1, 2, 3, 0]);
    assert_eq!(
        when(&rec, Kind::Recv),
        pairs(&[
            ("job 1", 100),
            ("job 2", 300),
            ("job 3", 400),
            ("job 0", 500)
        ])
    );
    assert_eq!(rec.events().last().unwrap().at, Duration::from_millis(500));
    let svg = rec.svg(
        "buffer_unordered(2): results as they finish, 500 ms",
        "Four lanes, jobs 0 to 3, taking 500, 100, 200 and 100 ms. Jobs 0 and 1 start \
         at 0 ms. Job 1 comes out when it is done, at 100 ms, and job 2 takes its slot; \
         job 2 comes out at 300 ms, job 3 at 400 ms, job 0 at 500 ms.",
    );
    assert_timeline(DIR, "timeline-buffer-unordered.svg", &svg);
}
