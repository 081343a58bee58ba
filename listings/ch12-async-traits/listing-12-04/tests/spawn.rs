//! Both implementations can be spawned through the generic function.
use listing_12_04::{InMemoryRepository, MapRepository, Repository, spawn_find};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;
use tokio::time::Instant;

// ANCHOR: test
#[tokio::test(start_paused = true)]
async fn spawns_lookups_on_any_repository() {
    let memory = Arc::new(InMemoryRepository::default());
    memory.save("Alice".to_string()).await.unwrap();
    memory.save("Bob".to_string()).await.unwrap();
    let map = Arc::new(MapRepository(HashMap::from([(7, "Grace".to_string())])));

    let start = Instant::now();
    let alice = spawn_find(Arc::clone(&memory), 1);
    let bob = spawn_find(Arc::clone(&memory), 2);
    let grace = spawn_find(map, 7);

    assert_eq!(alice.await.unwrap().as_deref(), Some("Alice"));
    assert_eq!(bob.await.unwrap().as_deref(), Some("Bob"));
    assert_eq!(grace.await.unwrap().as_deref(), Some("Grace"));
    assert_eq!(
        start.elapsed(),
        Duration::from_millis(100),
        "the two 100 ms lookups ran on their own tasks, at the same time"
    );
}
// ANCHOR_END: test

#[tokio::test(start_paused = true)]
async fn save_still_works() {
    let memory = InMemoryRepository::default();
    assert_eq!(
        memory.save(String::new()).await,
        Err("refusing to save an empty name".to_string())
    );
    let map = MapRepository(HashMap::new());
    assert_eq!(
        map.save("Ada".to_string()).await,
        Err("this repository is read-only".to_string())
    );
    assert_eq!(spawn_find(Arc::new(memory), 1).await.unwrap(), None);
}
