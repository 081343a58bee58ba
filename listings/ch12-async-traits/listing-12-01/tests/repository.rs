//! The in-memory repository, on tokio's paused clock: its 100 ms waits take
//! no real time, but `Instant` still measures them.
use listing_12_01::{InMemoryRepository, Repository, greet};
use std::time::Duration;
use tokio::time::Instant;

// ANCHOR: tests
#[tokio::test(start_paused = true)]
async fn finds_what_was_saved() {
    let repo = InMemoryRepository::default();
    repo.save("Alice".to_string()).await.unwrap();
    repo.save("Bob".to_string()).await.unwrap();

    assert_eq!(repo.find(1).await.as_deref(), Some("Alice"));
    assert_eq!(repo.find(2).await.as_deref(), Some("Bob"));
    assert_eq!(repo.find(3).await, None, "nobody has id 3");
    assert_eq!(repo.find(0).await, None, "ids start at 1");
}

#[tokio::test(start_paused = true)]
async fn refuses_an_empty_name() {
    let repo = InMemoryRepository::default();
    assert_eq!(
        repo.save(String::new()).await,
        Err("refusing to save an empty name".to_string())
    );
    assert_eq!(repo.find(1).await, None, "nothing was saved");
}

#[tokio::test(start_paused = true)]
async fn find_takes_100_ms_of_virtual_time() {
    let repo = InMemoryRepository::default();
    repo.save("Alice".to_string()).await.unwrap();

    let start = Instant::now();
    let greeting = greet(&repo, 1).await;
    assert_eq!(greeting, "Hello, Alice!");
    assert_eq!(start.elapsed(), Duration::from_millis(100));
}
// ANCHOR_END: tests
