//! Listing 3-13: three spawned tasks and the `main` task that awaits their
//! handles, each noting its part on a timeline.
use std::time::Duration;
use support::timeline::Recorder;
use tokio::time::sleep;

// ANCHOR: run
/// Spawns tasks that take 3, 1 and 2 seconds, then awaits their handles in
/// the order they were spawned.
pub async fn spawn_and_await(rec: &Recorder) -> Vec<u64> {
    rec.start("main", "");
    let mut handles = Vec::new();
    for (n, secs) in [(1, 3), (2, 1), (3, 2)] {
        let task_rec = rec.clone(); // a clone per task: one timeline
        handles.push(tokio::spawn(async move {
            let lane = format!("task {n}");
            task_rec.start(&lane, "");
            task_rec.wait(&lane, &format!("sleep {secs} s"));
            sleep(Duration::from_secs(secs)).await;
            task_rec.end(&lane, "done");
            secs
        }));
        rec.send("main", &format!("spawn {n}"));
    }
    let mut outputs = Vec::new();
    for (i, handle) in handles.into_iter().enumerate() {
        rec.wait("main", &format!("awaits handle {}", i + 1));
        outputs.push(handle.await.expect("the task failed"));
        rec.recv("main", &format!("got {}", i + 1));
    }
    rec.end("main", "");
    outputs
}
// ANCHOR_END: run
