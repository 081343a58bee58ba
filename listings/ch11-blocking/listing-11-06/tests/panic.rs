//! The requests go to a wiremock server on 127.0.0.1 that each test starts.
use listing_11_06::{fetch_status, status_handler};
use std::time::Duration;
use tokio::time::timeout;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn status_server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/status"))
        .respond_with(ResponseTemplate::new(200).set_body_string("all good"))
        .mount(&server)
        .await;
    server
}

// ANCHOR: panics
#[tokio::test]
async fn the_blocking_client_panics_inside_async_code() {
    let server = status_server().await;
    // Run the handler as a task of its own, so that its panic comes back
    // as a `JoinError` instead of failing this test.
    let task = tokio::spawn(status_handler(server.uri()));
    let err = timeout(Duration::from_secs(10), task)
        .await
        .expect("the handler hung")
        .expect_err("the handler should have panicked");
    assert!(err.is_panic());

    let payload = err.into_panic();
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .expect("a panic message");
    let expected = support::read(env!("CARGO_MANIFEST_DIR"), "panic.txt");
    assert_eq!(message, expected.trim_end(), "the book shows panic.txt");

    // It panicked while building the client: no request went out.
    let requests = server.received_requests().await.unwrap();
    assert!(
        requests.is_empty(),
        "{} request(s) reached the server",
        requests.len()
    );
}
// ANCHOR_END: panics

// ANCHOR: sync_ok
// A plain #[test]: sync code, where the blocking client belongs. The
// server runs on a runtime of its own, on other threads.
#[test]
fn the_same_helper_works_in_sync_code() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let server = rt.block_on(status_server());
    assert_eq!(fetch_status(&server.uri()).unwrap(), "all good");
}
// ANCHOR_END: sync_ok
