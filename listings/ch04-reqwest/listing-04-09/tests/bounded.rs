//! Real clock; the server is listing 4-8, on 127.0.0.1.
use in_flight_server::InFlightServer;
use listing_04_09::fetch_all;
use std::time::Duration;
use tokio::time::timeout;

// ANCHOR: test
#[tokio::test]
async fn never_more_than_the_limit_in_flight() {
    const URLS: usize = 9;
    const LIMIT: usize = 3;
    let server = InFlightServer::start(LIMIT, URLS).await;
    let urls: Vec<String> = (0..URLS)
        .map(|i| server.url(&format!("/item/{i}")))
        .collect();
    let client = reqwest::Client::new();

    let results = timeout(Duration::from_secs(30), fetch_all(&client, &urls, LIMIT))
        .await
        .expect("the requests hung");

    assert_eq!(results.len(), URLS);
    for (url, result) in &results {
        let body = result.as_ref().expect("every request succeeds");
        assert!(
            url.ends_with(body.as_str()),
            "{url} got the answer for {body}"
        );
    }
    assert_eq!(
        server.peak(),
        LIMIT,
        "exactly LIMIT in flight at the busiest moment"
    );
    assert!(
        server.connections() < URLS,
        "one client reuses its connections: fewer connections than requests"
    );
}
// ANCHOR_END: test
