//! These tests use the real clock, on purpose. reqwest's timeout is a tokio
//! timer, and the server is a real socket. On a paused clock, tokio jumps
//! time forward as soon as every task waits — including while the request
//! is merely waiting for the socket — so the timeout would fire at once,
//! whatever the server does. No test races one timer against another: the
//! first server never answers, and the second answers only after the
//! client's own limit has passed.
use listing_04_06::{client_with_timeout, fetch, fetch_patiently};
use std::time::{Duration, Instant};
use tokio::net::TcpListener;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const LIMIT: Duration = Duration::from_millis(50);

// ANCHOR: tests
#[tokio::test]
async fn gives_up_when_the_server_never_answers() {
    // Listens, but never accepts: the request goes out, no answer comes.
    let silent = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/", silent.local_addr().unwrap());
    let client = client_with_timeout(LIMIT).unwrap();

    let started = Instant::now();
    let err = fetch(&client, &url).await.unwrap_err();

    assert!(err.is_timeout(), "expected a timeout, got {err:?}");
    assert!(started.elapsed() >= LIMIT, "it gave up at the limit");
}

#[tokio::test]
async fn a_per_request_timeout_replaces_the_clients() {
    // Answers after 200 ms: four times the client's own limit.
    let server = MockServer::start().await;
    let late = ResponseTemplate::new(200)
        .set_body_string("late")
        .set_delay(Duration::from_millis(200));
    Mock::given(method("GET"))
        .respond_with(late)
        .mount(&server)
        .await;
    let client = client_with_timeout(LIMIT).unwrap();

    let body = fetch_patiently(&client, &server.uri(), Duration::from_secs(30))
        .await
        .unwrap();
    assert_eq!(body, "late");
}
// ANCHOR_END: tests
