//! Why the other tests use the real clock: on a paused clock, a request's
//! timeout fires while the socket waits, however generous the timeout.
//! This test exists to show the trap; do not copy its setup.
use listing_10_09::{client, get_price};
use std::time::Duration;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

// ANCHOR: paused
#[tokio::test(start_paused = true)]
async fn on_a_paused_clock_a_generous_timeout_fires_anyway() {
    let server = MockServer::start().await;
    let quick = ResponseTemplate::new(200)
        .set_body_string(r#"{"cents":250}"#)
        .set_delay(Duration::from_secs(1)); // real time: the server's own thread
    Mock::given(method("GET"))
        .respond_with(quick)
        .mount(&server)
        .await;
    let client = client(Duration::from_secs(30)).unwrap(); // virtual time: the test's clock

    let started = std::time::Instant::now();
    let err = get_price(&client, &server.uri()).await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    // It "timed out after 30 s" without 30 real seconds passing.
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}
// ANCHOR_END: paused
