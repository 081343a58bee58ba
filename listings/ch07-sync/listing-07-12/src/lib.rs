//! Listing 7-12: listing 7-7's tasks and semaphore, each task noting on a
//! timeline when it waits for a permit and when it holds one.
use std::sync::Arc;
use std::time::Duration;
use support::timeline::Recorder;
use tokio::sync::Semaphore;

// ANCHOR: run
/// `jobs` tasks of one second each, at most `permits` at a time.
pub async fn limited(rec: &Recorder, jobs: usize, permits: usize) {
    let semaphore = Arc::new(Semaphore::new(permits));
    let mut handles = Vec::new();
    for i in 0..jobs {
        let (semaphore, rec) = (semaphore.clone(), rec.clone());
        handles.push(tokio::spawn(async move {
            let lane = format!("task {i}");
            rec.wait(&lane, "waits for a permit");
            let permit = semaphore.acquire().await.unwrap();
            rec.hold(&lane, "holds a permit");
            tokio::time::sleep(Duration::from_secs(1)).await;
            drop(permit); // the next waiting task gets it
            rec.end(&lane, "");
        }));
    }
    for handle in handles {
        handle.await.unwrap();
    }
}
// ANCHOR_END: run
