//! The requests go to a wiremock server on 127.0.0.1 that each test starts.
use listing_11_07::{status_async, status_via_blocking_pool};
use std::time::Duration;
use tokio::time::timeout;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn status_server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/status"))
        .respond_with(ResponseTemplate::new(200).set_body_string("all good"))
        .expect(1)
        .mount(&server)
        .await;
    server
}

// Both run on a current-thread runtime, the strictest case: the server,
// the test and the fetch share one thread.
#[tokio::test]
async fn the_async_client_works() {
    let server = status_server().await;
    let client = reqwest::Client::new();
    let body = timeout(
        Duration::from_secs(10),
        status_async(&client, &server.uri()),
    )
    .await
    .expect("no answer");
    assert_eq!(body.unwrap(), "all good");
}

#[tokio::test]
async fn the_blocking_client_works_on_the_blocking_pool() {
    let server = status_server().await;
    let body = timeout(
        Duration::from_secs(10),
        status_via_blocking_pool(server.uri()),
    )
    .await
    .expect("no answer");
    assert_eq!(body.unwrap(), "all good");
}
