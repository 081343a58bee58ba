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
    // Listens, but never accepts: the request goes out, no answer comes.
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let impatient = HttpFetcher::new(Duration::from_millis(200)).unwrap();

    let url = format!("http://{}/slow", silent.local_addr().unwrap());
    let result = impatient.fetch(&url).await;
    assert!(
        matches!(result, Err(FetchError::Network(_))),
        "a timed-out request should be a network error, got {result:?}"
    );
}

#[tokio::test]
async fn nobody_listening_is_a_network_error() {
    // A socket bound to a port but not listening: a connection is refused,
    // and the port stays ours while the test runs.
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let url = format!("http://{}/", socket.local_addr().unwrap());

    let result = fetcher().fetch(&url).await;
    assert!(
        matches!(result, Err(FetchError::Network(_))),
        "a refused connection should be a network error, got {result:?}"
    );
}

#[tokio::test]
async fn main_checks_the_links_it_is_given() {
    let server = MockServer::start().await;
    Mock::given(path("/"))
        .respond_with(ResponseTemplate::new(200).set_body_string("hello"))
        .mount(&server)
        .await;
    // Any other path: wiremock answers 404.
    let ok = format!("{}/", server.uri());
    let broken = format!("{}/no-such-page", server.uri());

    // The book's `main`, given the two links on its command line.
    let args = [ok.clone(), broken.clone()];
    let run = tokio::task::spawn_blocking(move || {
        support::run_bin_with(
            env!("CARGO_BIN_EXE_listing-12-09"),
            &[&args[0], &args[1]],
            &[],
            Duration::from_secs(30),
        )
    })
    .await
    .unwrap();
    assert!(run.success, "main failed: {}", run.stderr);
    support::assert_output(
        &run.stdout,
        &format!("ok      {ok} (5 bytes)\nbroken  {broken}: HTTP status 404"),
    );
}
