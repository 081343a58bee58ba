//! Every request goes to a wiremock server on 127.0.0.1 that the test
//! starts, or to a local port where nothing listens. Each call has a
//! time limit, so a test fails instead of hanging.
use listing_10_01::fetch_url;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::time::timeout;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const LIMIT: Duration = Duration::from_secs(10);

async fn server_answering(status: u16, body: &str) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/page"))
        .respond_with(ResponseTemplate::new(status).set_body_string(body))
        .expect(1)
        .mount(&server)
        .await;
    server
}

/// A URL on 127.0.0.1 where nothing listens: bind a port, then free it.
async fn closed_port_url() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}/page")
}

// ANCHOR: tests
#[tokio::test]
async fn returns_the_body() {
    let server = server_answering(200, "<h1>Example Domain</h1>").await;
    let url = format!("{}/page", server.uri());
    let body = timeout(LIMIT, fetch_url(&url)).await.unwrap().unwrap();
    assert_eq!(body, "<h1>Example Domain</h1>");
}

#[tokio::test]
async fn no_server_is_an_err() {
    let url = closed_port_url().await;
    let result = timeout(LIMIT, fetch_url(&url)).await.unwrap();
    let err = result.expect_err("nothing listens there: `?` must return the error");
    assert!(err.is_connect(), "expected a connection error, got {err:?}");
}

#[tokio::test]
async fn an_error_page_is_still_ok() {
    let server = server_answering(503, "try again later").await;
    let url = format!("{}/page", server.uri());
    let result = timeout(LIMIT, fetch_url(&url)).await.unwrap();
    // No `?` fired: a 503 is a response, and `text()` read its body.
    assert_eq!(result.unwrap(), "try again later");
}
// ANCHOR_END: tests
