use listing_14_02::{Cache, lookup, lookup_all};
use std::time::Duration;

#[tokio::test(start_paused = true)]
async fn loads_overlap_because_no_lock_is_held_while_waiting() {
    let cache = Cache::default();
    let keys: Vec<u32> = (0..100).collect();
    let (values, took) = lookup_all(&cache, &keys).await;
    assert_eq!(values[7], "value 7");
    assert_eq!(values.len(), 100);
    // Held across the load, the lock would queue the loads: 100 s, or on
    // this one-thread runtime, a deadlock.
    assert!(
        took >= Duration::from_secs(1) && took < Duration::from_millis(1_010),
        "100 loads of 1 s at once should take 1 s, took {took:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn a_second_lookup_comes_from_the_cache() {
    let cache = Cache::default();
    assert_eq!(cache.get(3), None);
    assert_eq!(lookup(&cache, 3).await, "value 3");
    assert_eq!(cache.get(3).as_deref(), Some("value 3"));
    let keys: Vec<u32> = (0..100).collect();
    lookup_all(&cache, &keys).await;
    let (_, took) = lookup_all(&cache, &keys).await;
    assert_eq!(
        took,
        Duration::ZERO,
        "every key is cached: no load, no wait"
    );
}

// Real threads racing for the std mutex: nothing is lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn many_threads_share_the_cache() {
    let cache = Cache::default();
    let mut handles = Vec::new();
    for t in 0..4u32 {
        let cache = cache.clone();
        handles.push(tokio::spawn(async move {
            for key in 0..1_000 {
                cache.insert(t * 1_000 + key, key.to_string());
            }
        }));
    }
    for handle in handles {
        handle.await.unwrap();
    }
    assert!(
        (0..4_000).all(|key| cache.get(key).is_some()),
        "no insert lost"
    );
}
