//! Real clock; the server is listing 4-8, on 127.0.0.1.
use in_flight_server::InFlightServer;
use listing_04_10::fetch_all;
use std::time::Duration;
use tokio::time::timeout;

#[tokio::test]
async fn never_more_than_the_limit_in_flight() {
    const URLS: usize = 9;
    const LIMIT: usize = 3;
    let server = InFlightServer::start(LIMIT, URLS).await;
    let urls: Vec<String> = (0..URLS)
        .map(|i| server.url(&format!("/item/{i}")))
        .collect();
    let client = reqwest::Client::new();

    let mut results = timeout(Duration::from_secs(30), fetch_all(&client, urls, LIMIT))
        .await
        .expect("the requests hung");

    results.sort_by_key(|(index, _)| *index);
    let bodies: Vec<String> = results.into_iter().map(|(_, r)| r.unwrap()).collect();
    let expected: Vec<String> = (0..URLS).map(|i| format!("/item/{i}")).collect();
    assert_eq!(
        bodies, expected,
        "every URL answered, and the index says which"
    );
    assert_eq!(
        server.peak(),
        LIMIT,
        "exactly LIMIT in flight at the busiest moment"
    );
}

// Spawned tasks may run in parallel on this runtime; the semaphore still bounds them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn never_more_than_the_limit_on_a_multi_thread_runtime() {
    const URLS: usize = 8;
    const LIMIT: usize = 2;
    let server = InFlightServer::start(LIMIT, URLS).await;
    let urls: Vec<String> = (0..URLS)
        .map(|i| server.url(&format!("/item/{i}")))
        .collect();
    let client = reqwest::Client::new();

    let results = timeout(Duration::from_secs(30), fetch_all(&client, urls, LIMIT))
        .await
        .expect("the requests hung");

    assert!(
        results.iter().all(|(_, r)| r.is_ok()),
        "every request succeeds"
    );
    assert_eq!(
        server.peak(),
        LIMIT,
        "exactly LIMIT in flight at the busiest moment"
    );
}
