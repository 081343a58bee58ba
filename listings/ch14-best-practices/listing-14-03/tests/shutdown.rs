//! Graceful shutdown, checked on the paused clock: every job that starts
//! finishes, no job starts after the shutdown begins, and the shutdown waits
//! for the jobs in hand but not for the queue.
use listing_14_03::{Event, Log, Pool};
use std::collections::BTreeMap;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{Instant, sleep, timeout};

const LIMIT: Duration = Duration::from_secs(60);

struct Outcome {
    started: BTreeMap<u32, Instant>,
    finished: BTreeMap<u32, Instant>,
    cancel_at: Instant,
    returned_at: Instant,
}

/// Three workers, 50 jobs queued, shutdown at 1,010 ms — a moment when no
/// job starts or ends (they start and end on multiples of 50 ms).
async fn scenario() -> Outcome {
    let (tx, rx) = mpsc::channel(100);
    for job in 0..50 {
        tx.send(job).await.unwrap();
    }
    let log = Log::default();
    let pool = Pool::start(3, rx, &log);
    sleep(Duration::from_millis(1_010)).await;
    let cancel_at = Instant::now();
    timeout(LIMIT, pool.shutdown())
        .await
        .expect("shutdown did not return within a minute");
    let returned_at = Instant::now();
    let mut started = BTreeMap::new();
    let mut finished = BTreeMap::new();
    for event in log.events() {
        match event {
            Event::Started { job, at, .. } => started.insert(job, at),
            Event::Finished { job, at, .. } => finished.insert(job, at),
        };
    }
    Outcome {
        started,
        finished,
        cancel_at,
        returned_at,
    }
}

#[tokio::test(start_paused = true)]
async fn every_started_job_finishes_before_shutdown_returns() {
    let o = scenario().await;
    assert!(
        o.started.len() >= 10,
        "the workers should have done some work"
    );
    let unfinished: Vec<u32> = o
        .started
        .keys()
        .filter(|job| !o.finished.contains_key(job))
        .copied()
        .collect();
    assert!(unfinished.is_empty(), "jobs {unfinished:?} were cut off");
    assert!(o.finished.values().all(|&at| at <= o.returned_at));
}

#[tokio::test(start_paused = true)]
async fn no_job_starts_after_cancel() {
    let o = scenario().await;
    for (job, &at) in &o.started {
        assert!(at < o.cancel_at, "job {job} started after the cancel");
    }
    assert!(o.started.len() < 50, "the queue was not drained");
}

#[tokio::test(start_paused = true)]
async fn shutdown_waits_only_for_the_jobs_in_hand() {
    let o = scenario().await;
    let took = o.returned_at - o.cancel_at;
    assert!(
        took > Duration::ZERO && took <= Duration::from_millis(250),
        "shutdown should wait for the jobs in flight (at most 250 ms), took {took:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn idle_workers_stop_at_once() {
    let (_tx, rx) = mpsc::channel(1); // open, but nothing ever comes
    let log = Log::default();
    let pool = Pool::start(3, rx, &log);
    sleep(Duration::from_secs(1)).await;
    let start = Instant::now();
    timeout(LIMIT, pool.shutdown())
        .await
        .expect("idle workers kept waiting for a job after the cancel");
    assert_eq!(start.elapsed(), Duration::ZERO);
    assert!(log.events().is_empty());
}
