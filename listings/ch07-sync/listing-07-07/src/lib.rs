//! Listing 7-7: ten tasks and three semaphore permits, with a gauge that
//! measures how many tasks hold a permit at once.
use std::sync::Mutex;

// ANCHOR: gauge
use std::sync::atomic::{AtomicUsize, Ordering};

/// Counts how many tasks are inside a section right now, and the most
/// there ever were.
#[derive(Default)]
pub struct Gauge {
    now: AtomicUsize,
    max: AtomicUsize,
}

impl Gauge {
    pub fn enter(&self) {
        let now = self.now.fetch_add(1, Ordering::SeqCst) + 1;
        self.max.fetch_max(now, Ordering::SeqCst);
    }

    pub fn leave(&self) {
        self.now.fetch_sub(1, Ordering::SeqCst);
    }

    pub fn max(&self) -> usize {
        self.max.load(Ordering::SeqCst)
    }
}
// ANCHOR_END: gauge

/// What a run printed, and how many tasks held a permit at most.
pub struct Report {
    pub lines: Vec<String>,
    pub max_in_flight: usize,
}

impl Report {
    /// What `main` prints: one line per event, then the gauge's maximum.
    pub fn printed(&self) -> Vec<String> {
        let mut printed = self.lines.clone();
        printed.push(format!(
            "at most {} tasks held a permit at once",
            self.max_in_flight
        ));
        printed
    }
}

// ANCHOR: limited
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

/// Spawns `jobs` tasks; each sleeps one second while holding a permit.
/// Only `permits` of them can hold one at a time.
pub async fn limited(jobs: usize, permits: usize) -> Report {
    let semaphore = Arc::new(Semaphore::new(permits));
    let in_flight = Arc::new(Gauge::default());
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut handles = vec![];

    for i in 0..jobs {
        let permit = semaphore.clone();
        let (in_flight, log) = (in_flight.clone(), log.clone());
        let handle = tokio::spawn(async move {
            let _permit = permit.acquire().await.unwrap();
            in_flight.enter();
            log.lock()
                .unwrap()
                .push(format!("Task {i} acquired permit"));

            tokio::time::sleep(Duration::from_secs(1)).await;

            log.lock()
                .unwrap()
                .push(format!("Task {i} releasing permit"));
            in_flight.leave();
        }); // `_permit` is dropped here, and the next waiting task gets it
        handles.push(handle);
    }

    for handle in handles {
        handle.await.unwrap();
    }

    let lines = log.lock().unwrap().clone();
    Report {
        lines,
        max_in_flight: in_flight.max(),
    }
}
// ANCHOR_END: limited
