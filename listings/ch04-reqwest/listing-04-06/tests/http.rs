//! These tests use the real clock, on purpose. reqwest's timeout is a tokio
//! timer, and the server is a real socket. On a paused clock, tokio jumps
//! time forward as soon as every task waits — including while the request
//! is merely waiting for the socket — so the timeout would fire at once,
//! whatever the server does. The delays are kept small: a 50 ms limit
//! against a server that answers after 200 ms.
use listing_04_06::{client_with_timeout, fetch, fetch_patiently};
use std::time::{Duration, Instant};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const SERVER_DELAY: Duration = Duration::from_millis(200);
const LIMIT: Duration = Duration::from_millis(50);

async fn slow_server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_string("late")
                .set_delay(SERVER_DELAY),
        )
        .mount(&server)
        .await;
    server
}

// ANCHOR: tests
#[tokio::test]
async fn gives_up_when_the_server_is_too_slow() {
    let server = slow_server().await;
    let client = client_with_timeout(LIMIT).unwrap();

    let started = Instant::now();
    let err = fetch(&client, &server.uri()).await.unwrap_err();
    let took = started.elapsed();

    assert!(err.is_timeout(), "expected a timeout, got {err:?}");
    assert!(
        took < SERVER_DELAY,
        "gave up after {took:?}: it waited for the server"
    );
}

#[tokio::test]
async fn a_per_request_timeout_replaces_the_clients() {
    let server = slow_server().await;
    let client = client_with_timeout(LIMIT).unwrap();
    let body = fetch_patiently(&client, &server.uri(), Duration::from_secs(5))
        .await
        .unwrap();
    assert_eq!(body, "late");
}
// ANCHOR_END: tests
