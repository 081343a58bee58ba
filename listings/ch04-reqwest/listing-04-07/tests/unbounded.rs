//! How many requests does the task-per-URL version have in flight? Real clock;
//! the server is listing 4-8, on 127.0.0.1.
use in_flight_server::InFlightServer;
use listing_04_07::fetch_all;
use std::time::Duration;
use tokio::time::timeout;

// ANCHOR: test
#[tokio::test]
async fn every_request_is_in_flight_at_once_each_on_its_own_connection() {
    const URLS: usize = 12;
    // Hold answers until all 12 are waiting: the client never has to wait.
    let server = InFlightServer::start(URLS, URLS).await;
    let urls: Vec<String> = (0..URLS)
        .map(|i| server.url(&format!("/item/{i}")))
        .collect();

    let bodies = timeout(Duration::from_secs(30), fetch_all(urls))
        .await
        .expect("the requests hung")
        .unwrap();

    assert_eq!(bodies.len(), URLS);
    assert_eq!(
        bodies[3], "/item/3",
        "the bodies come back in the order of the URLs"
    );
    assert_eq!(
        server.peak(),
        URLS,
        "nothing bounds it: all 12 were in flight at once"
    );
    assert_eq!(
        server.connections(),
        URLS,
        "a new client per request: no connection is reused"
    );
}
// ANCHOR_END: test
