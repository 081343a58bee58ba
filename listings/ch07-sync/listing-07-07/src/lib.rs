//! Listing 7-7: ten tasks and three semaphore permits, with a gauge (the
//! course's `support::gauge`) that measures how many tasks hold a permit at
//! once.
use std::sync::Mutex;

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
use support::gauge::Gauge;
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
            let _inside = in_flight.enter(); // counted until the task ends
            log.lock()
                .unwrap()
                .push(format!("Task {i} acquired permit"));

            tokio::time::sleep(Duration::from_secs(1)).await;

            log.lock()
                .unwrap()
                .push(format!("Task {i} releasing permit"));
        }); // `_inside`, then `_permit`, are dropped here: the next task gets it
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
