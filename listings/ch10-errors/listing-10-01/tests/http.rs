//! Every request goes to a wiremock server on 127.0.0.1 that the test
//! starts, or to a local port that refuses connections. Each call has a
//! time limit, so a test fails instead of hanging.
use listing_10_01::fetch_url;
use std::time::Duration;
use tokio::net::TcpSocket;
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

/// A URL on 127.0.0.1 that refuses connections: a socket bound to the port
/// but not listening. Keep the socket while the test runs, so that no other
/// test's server can take the port meanwhile.
fn refusing_url() -> (TcpSocket, String) {
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let port = socket.local_addr().unwrap().port();
    (socket, format!("http://127.0.0.1:{port}/page"))
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
    let (_refusing, url) = refusing_url();
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

#[tokio::test]
async fn main_prints_the_page() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/"))
        .respond_with(ResponseTemplate::new(200).set_body_string("<h1>Example Domain</h1>"))
        .expect(1)
        .mount(&server)
        .await;

    // The book's `main`, pointed at the local server with API_BASE.
    let base = server.uri();
    let run = tokio::task::spawn_blocking(move || {
        support::run_bin_with_env(
            env!("CARGO_BIN_EXE_listing-10-01"),
            &[("API_BASE", &base)],
            LIMIT,
        )
    })
    .await
    .unwrap();
    assert!(run.success, "main failed: {}", run.stderr);
    support::assert_output(&run.stdout, "<h1>Example Domain</h1>");
}
