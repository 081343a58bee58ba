//! The `Send` variant can be spawned; the futures run concurrently.
use listing_12_03::{UserRepository, find_here, spawn_find};
use std::sync::Arc;
use std::time::Duration;
use tokio::time::Instant;

// ANCHOR: test
#[tokio::test(start_paused = true)]
async fn spawned_lookups_run_at_the_same_time() {
    let repo = Arc::new(UserRepository);
    let start = Instant::now();

    let handles: Vec<_> = (1..=3)
        .map(|id| spawn_find(Arc::clone(&repo), id))
        .collect();
    let mut names = Vec::new();
    for handle in handles {
        names.push(handle.await.unwrap().unwrap());
    }

    assert_eq!(names, ["User 1", "User 2", "User 3"]);
    assert_eq!(
        start.elapsed(),
        Duration::from_millis(100),
        "three 100 ms lookups on three tasks overlap"
    );
}
// ANCHOR_END: test

#[tokio::test(start_paused = true)]
async fn the_local_trait_still_works() {
    assert_eq!(
        find_here(&UserRepository, 4).await.as_deref(),
        Some("User 4")
    );
}

#[test]
fn spawned_on_a_multi_thread_runtime_too() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let name = runtime.block_on(async {
        let handle = spawn_find(Arc::new(UserRepository), 9);
        tokio::time::timeout(Duration::from_secs(10), handle)
            .await
            .expect("the lookup hung")
            .unwrap()
    });
    assert_eq!(name.as_deref(), Some("User 9"));
}
