//! Mixed backends behind `dyn Storage`, on the paused clock.
use listing_12_07::{MemoryStorage, RemoteStorage, Storage, get_first, put_everywhere};
use std::time::Duration;
use tokio::time::Instant;

fn mixed() -> Vec<Box<dyn Storage>> {
    vec![
        Box::new(RemoteStorage::new(Duration::from_millis(300), 100)),
        Box::new(MemoryStorage::default()),
        Box::new(RemoteStorage::new(Duration::from_millis(200), 100)),
    ]
}

// ANCHOR: tests
#[tokio::test(start_paused = true)]
async fn writes_to_every_backend_at_the_same_time() {
    let backends = mixed();
    let start = Instant::now();
    let lines = put_everywhere(&backends, "k", "v").await;
    assert_eq!(
        lines,
        ["remote: stored k", "memory: stored k", "remote: stored k"]
    );
    assert_eq!(
        start.elapsed(),
        Duration::from_millis(300),
        "the writes overlap: as long as the slowest backend, not 500 ms"
    );
    for backend in &backends {
        assert_eq!(
            backend.get("k").await.as_deref(),
            Some("v"),
            "{}",
            backend.name()
        );
    }
}

#[tokio::test(start_paused = true)]
async fn reads_from_the_first_backend_that_has_the_key() {
    let backends = mixed();
    backends[2].put("only-last", "3".to_string()).await.unwrap();

    let start = Instant::now();
    let found = get_first(&backends, "only-last").await;
    assert_eq!(found, Some(("remote".to_string(), "3".to_string())));
    assert_eq!(
        start.elapsed(),
        Duration::from_millis(500),
        "asked in order: 300 ms, then at once, then 200 ms"
    );
    assert_eq!(get_first(&backends, "nowhere").await, None);
}
// ANCHOR_END: tests

#[tokio::test(start_paused = true)]
async fn a_dyn_storage_can_be_moved_into_a_task() {
    let backend: Box<dyn Storage> = Box::new(MemoryStorage::default());
    let handle = tokio::spawn(async move {
        backend.put("k", "v".to_string()).await.unwrap();
        backend.get("k").await
    });
    assert_eq!(handle.await.unwrap().as_deref(), Some("v"));
}
