//! These tests run on the real clock, against servers on 127.0.0.1. The
//! timeout test needs real time: reqwest's timeout is a tokio timer waiting
//! on a real socket, and on a paused clock tokio would jump the timer
//! forward the moment the test waits on the socket, so the timeout would
//! fire whatever the server did. No test races two timers: the slow server
//! never answers at all.
use listing_10_09::{Failure, client, failure, get_price, is_retryable};
use reqwest::StatusCode;
use std::time::{Duration, Instant};
use tokio::net::{TcpListener, TcpSocket};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const LIMIT: Duration = Duration::from_millis(50);

async fn server(response: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(response)
        .mount(&server)
        .await;
    server
}

// ANCHOR: timeout
#[tokio::test]
async fn a_server_that_never_answers_is_a_timeout() {
    // Listens, but never accepts: the request goes out, no answer comes.
    let silent = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/", silent.local_addr().unwrap());
    let client = client(LIMIT).unwrap();

    let started = Instant::now();
    let err = get_price(&client, &url).await.unwrap_err();
    assert!(started.elapsed() >= LIMIT, "it gave up at the limit");

    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(failure(&err), Failure::Timeout);
    assert!(is_retryable(&failure(&err)));
}
// ANCHOR_END: timeout

// ANCHOR: status
#[tokio::test]
async fn a_503_is_a_status_error_with_its_code() {
    let server = server(ResponseTemplate::new(503)).await;
    let client = client(Duration::from_secs(10)).unwrap();

    let err = get_price(&client, &server.uri()).await.unwrap_err();
    assert!(err.is_status(), "{err:?}");
    assert_eq!(err.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    assert_eq!(
        failure(&err),
        Failure::Status(StatusCode::SERVICE_UNAVAILABLE)
    );
    assert!(is_retryable(&failure(&err)), "a 5xx may go away");
    assert_eq!(
        err.to_string(),
        format!(
            "HTTP status server error (503 Service Unavailable) for url ({}/)",
            server.uri()
        )
    );
}

#[tokio::test]
async fn a_404_is_a_status_error_not_worth_retrying() {
    let server = server(ResponseTemplate::new(404)).await;
    let client = client(Duration::from_secs(10)).unwrap();

    let err = get_price(&client, &server.uri()).await.unwrap_err();
    assert_eq!(failure(&err), Failure::Status(StatusCode::NOT_FOUND));
    assert!(!is_retryable(&failure(&err)));
}
// ANCHOR_END: status

// ANCHOR: connect
#[tokio::test]
async fn nobody_listening_is_a_connect_error() {
    // A socket bound to a port, but not listening: the port stays ours,
    // and a connection to it is refused.
    let socket = TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let port = socket.local_addr().unwrap().port();
    let client = client(Duration::from_secs(10)).unwrap();

    let err = get_price(&client, &format!("http://127.0.0.1:{port}/"))
        .await
        .unwrap_err();
    assert!(err.is_connect(), "{err:?}");
    assert_eq!(err.status(), None, "no response, so no status");
    assert_eq!(failure(&err), Failure::Connect);
}
// ANCHOR_END: connect

// ANCHOR: decode
#[tokio::test]
async fn a_body_that_is_not_a_price_is_a_decode_error() {
    let server = server(ResponseTemplate::new(200).set_body_string("<html>sorry</html>")).await;
    let client = client(Duration::from_secs(10)).unwrap();

    let err = get_price(&client, &server.uri()).await.unwrap_err();
    assert!(err.is_decode(), "{err:?}");
    assert_eq!(failure(&err), Failure::Decode);
    assert!(!is_retryable(&failure(&err)));
}
// ANCHOR_END: decode

#[tokio::test]
async fn a_good_answer_is_a_price() {
    let server = server(ResponseTemplate::new(200).set_body_string(r#"{"cents":250}"#)).await;
    let client = client(Duration::from_secs(10)).unwrap();
    assert_eq!(get_price(&client, &server.uri()).await.unwrap().cents, 250);
}
