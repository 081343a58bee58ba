//! Draws a graceful shutdown of listing 14-3's pool from the pool's own log,
//! and compares the picture with the one the book shows
//! (`UPDATE_TIMELINES=1` redraws it).
use std::time::Duration;

use listing_14_03::{Event, Log, Pool};
use support::timeline::{Kind, Recorder, assert_timeline};
use tokio::sync::mpsc;
use tokio::time::sleep;

#[tokio::test(start_paused = true)]
async fn workers_finish_their_job_then_stop() {
    let rec = Recorder::with_lanes(&["main", "worker 0", "worker 1"]);
    // As in `run_until`: eight jobs queued, two workers, a signal at 250 ms.
    let (tx, rx) = mpsc::channel(8);
    for job in 1..=8 {
        tx.send(job).await.unwrap();
    }
    let log = Log::default();
    let pool = Pool::start(2, rx, &log);
    rec.start("main", "");
    sleep(Duration::from_millis(250)).await;
    rec.send("main", "signal: cancel()");
    rec.wait("main", "tracker.wait()");
    pool.shutdown().await;

    let events = log.events();
    let started = events
        .iter()
        .filter(|e| matches!(e, Event::Started { .. }))
        .count();
    rec.end(
        "main",
        &format!("shut down, {} jobs never started", 8 - started),
    );
    for event in &events {
        match *event {
            Event::Started { worker, job, at } => {
                let lane = format!("worker {worker}");
                rec.note_at(&lane, Kind::Wait, &format!("job {job}"), at - rec.origin());
            }
            Event::Finished { worker, job: _, at } => {
                let lane = format!("worker {worker}");
                rec.note_at(&lane, Kind::Resume, "", at - rec.origin());
            }
        }
    }
    // Each worker stops right after its last job: it sees the token first.
    for worker in 0..2 {
        let last = events
            .iter()
            .filter_map(|e| match *e {
                Event::Finished { worker: w, at, .. } if w == worker => Some(at),
                _ => None,
            })
            .max()
            .unwrap();
        rec.note_at(
            &format!("worker {worker}"),
            Kind::End,
            "stops",
            last - rec.origin(),
        );
    }

    let shut_down = rec
        .events()
        .iter()
        .find(|e| e.kind == Kind::End)
        .unwrap()
        .at;
    assert_eq!(
        shut_down,
        Duration::from_millis(400),
        "shutdown waits for job 3"
    );
    assert_eq!(started, 4);
    let svg = rec.svg(
        "Graceful shutdown: each worker finishes its job, then stops",
        "Three lanes. Worker 0 runs job 1 (0 to 150 ms), then job 3 (150 to 400 ms); \
         worker 1 runs job 2 (0 to 200 ms), then job 4 (200 to 300 ms). At 250 ms main \
         cancels the token and waits on the tracker. Worker 1 stops at 300 ms and \
         worker 0 at 400 ms, after their current jobs; main is shut down at 400 ms, and \
         4 jobs never started.",
    );
    assert_timeline(env!("CARGO_MANIFEST_DIR"), "timeline.svg", &svg);
}
