//! The test server measures what it claims to. Real clock, 127.0.0.1 only.
use futures::future::join_all;
use in_flight_server::InFlightServer;
use std::time::Duration;
use tokio::time::timeout;

async fn get(client: &reqwest::Client, url: String) -> String {
    client.get(url).send().await.unwrap().text().await.unwrap()
}

#[tokio::test]
async fn one_request_after_the_other_is_a_peak_of_one() {
    let server = InFlightServer::start(1, 3).await;
    let client = reqwest::Client::new();
    for i in 0..3 {
        let body = timeout(
            Duration::from_secs(30),
            get(&client, server.url(&format!("/{i}"))),
        )
        .await
        .expect("the request hung");
        assert_eq!(body, format!("/{i}"), "the body is the path");
    }
    assert_eq!(server.peak(), 1);
    assert_eq!(server.answered(), 3);
}

// ANCHOR: api
#[tokio::test]
async fn requests_sent_together_are_held_together() {
    // Four requests in all; hold each answer until four are waiting.
    let server = InFlightServer::start(4, 4).await;
    let client = reqwest::Client::new();
    let all = join_all((0..4).map(|i| get(&client, server.url(&format!("/{i}")))));
    let bodies = timeout(Duration::from_secs(30), all)
        .await
        .expect("the requests hung");
    assert_eq!(bodies, ["/0", "/1", "/2", "/3"], "each body is its path");
    assert_eq!(server.peak(), 4, "the most in flight at the same time");
    assert_eq!(server.answered(), 4);
    assert_eq!(
        server.connections(),
        4,
        "four at once need four connections"
    );
}
// ANCHOR_END: api

#[tokio::test]
async fn a_client_that_sends_more_than_the_limit_is_caught() {
    // Is the client bounded at 2? Hold for 3: a bounded client never gets
    // there (and would hang), one that sends six at once reaches 3 at least.
    let server = InFlightServer::start(3, 6).await;
    let client = reqwest::Client::new();
    let all = join_all((0..6).map(|i| get(&client, server.url(&format!("/{i}")))));
    timeout(Duration::from_secs(30), all)
        .await
        .expect("the requests hung");
    assert!(
        server.peak() > 2,
        "six requests sent at once, yet the peak was {}",
        server.peak()
    );
}

#[tokio::test]
async fn a_client_that_never_reaches_the_hold_waits_until_its_timeout() {
    // No timer in the server: a sequential client facing a hold of 2 is never
    // answered, and only the test's own timeout ends the wait.
    let server = InFlightServer::start(2, 2).await;
    let client = reqwest::Client::new();
    let first = timeout(Duration::from_millis(300), get(&client, server.url("/0"))).await;
    assert!(first.is_err(), "one request alone was answered: {first:?}");
    assert_eq!(server.answered(), 0);
}
