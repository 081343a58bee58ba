//! `HttpFetcher` against a wiremock server on 127.0.0.1 that each test
//! starts: real HTTP, real clock, no internet. (Paused time and real sockets
//! do not mix, so these tests leave the clock alone.)
use listing_12_08::{FetchError, Fetcher, LinkReport, check_links};
use listing_12_09::HttpFetcher;
use std::time::Duration;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn fetcher() -> HttpFetcher {
    HttpFetcher::new(Duration::from_secs(5)).unwrap()
}

// ANCHOR: tests
#[tokio::test]
async fn a_200_gives_the_body() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/hello"))
        .respond_with(ResponseTemplate::new(200).set_body_string("hi there"))
        .expect(1)
        .mount(&server)
        .await;

    let body = fetcher().fetch(&format!("{}/hello", server.uri())).await;
    assert_eq!(body, Ok("hi there".to_string()));
}

#[tokio::test]
async fn an_error_status_becomes_fetch_error_status() {
    let server = MockServer::start().await;
    Mock::given(path("/gone"))
        .respond_with(ResponseTemplate::new(410))
        .mount(&server)
        .await;

    let result = fetcher().fetch(&format!("{}/gone", server.uri())).await;
    assert_eq!(result, Err(FetchError::Status(410)));
}

#[tokio::test]
async fn the_link_checker_works_over_http_too() {
    let server = MockServer::start().await;
    Mock::given(path("/a"))
        .respond_with(ResponseTemplate::new(200).set_body_string("12345"))
        .mount(&server)
        .await;
    // Any other path: wiremock answers 404.
    let a = format!("{}/a", server.uri());
    let b = format!("{}/b", server.uri());

    let reports = check_links(&fetcher(), &[a.as_str(), b.as_str()]).await;

    assert_eq!(
        reports,
        [
            LinkReport {
                url: a,
                result: Ok(5)
            },
            LinkReport {
                url: b,
                result: Err(FetchError::Status(404))
            },
        ]
    );
}
// ANCHOR_END: tests

#[tokio::test]
async fn a_slow_server_is_a_network_error() {
    let server = MockServer::start().await;
    Mock::given(path("/slow"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(3)))
        .mount(&server)
        .await;
    let impatient = HttpFetcher::new(Duration::from_millis(200)).unwrap();

    let result = impatient.fetch(&format!("{}/slow", server.uri())).await;
    assert!(
        matches!(result, Err(FetchError::Network(_))),
        "a timed-out request should be a network error, got {result:?}"
    );
}

#[tokio::test]
async fn nobody_listening_is_a_network_error() {
    // Bind a port, then free it: nothing listens there any more.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/", listener.local_addr().unwrap());
    drop(listener);

    let result = fetcher().fetch(&url).await;
    assert!(
        matches!(result, Err(FetchError::Network(_))),
        "a refused connection should be a network error, got {result:?}"
    );
}
