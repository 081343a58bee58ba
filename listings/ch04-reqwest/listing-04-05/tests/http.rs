//! The requests go to a wiremock server on 127.0.0.1 that each test starts.
use listing_04_05::{Todo, get_todo, get_todo_unchecked};
use reqwest::StatusCode;
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Todo 1 exists; todo 2 is missing (an empty JSON object, as some APIs
/// answer); todo 3 breaks the server.
async fn server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/todos/1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": 1, "title": "a"})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/todos/2"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/todos/3"))
        .respond_with(ResponseTemplate::new(500).set_body_string("internal error"))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn a_200_decodes() {
    let server = server().await;
    let todo = get_todo(&reqwest::Client::new(), &server.uri(), 1)
        .await
        .unwrap();
    assert_eq!(
        todo,
        Todo {
            id: 1,
            title: "a".into()
        }
    );
}

// ANCHOR: tests
#[tokio::test]
async fn without_the_check_a_404_is_a_confusing_decode_error() {
    let server = server().await;
    let err = get_todo_unchecked(&reqwest::Client::new(), &server.uri(), 2)
        .await
        .unwrap_err();
    // The error is about the body ("missing field `id`"), and the status is lost.
    assert!(err.is_decode());
    assert_eq!(err.status(), None);
    let url = format!("{}/todos/2", server.uri());
    assert_eq!(
        err.to_string(),
        format!("error decoding response body for url ({url})")
    );
    let cause = std::error::Error::source(&err)
        .expect("the JSON error is the source")
        .to_string();
    assert!(
        cause.starts_with("missing field `id`"),
        "the cause was: {cause}"
    );
}

#[tokio::test]
async fn error_for_status_turns_a_404_into_an_error_that_says_so() {
    let server = server().await;
    let err = get_todo(&reqwest::Client::new(), &server.uri(), 2)
        .await
        .unwrap_err();
    assert!(err.is_status());
    assert_eq!(err.status(), Some(StatusCode::NOT_FOUND));
    let url = format!("{}/todos/2", server.uri());
    assert_eq!(
        err.to_string(),
        format!("HTTP status client error (404 Not Found) for url ({url})")
    );
}

#[tokio::test]
async fn error_for_status_turns_a_500_into_an_error_too() {
    let server = server().await;
    let err = get_todo(&reqwest::Client::new(), &server.uri(), 3)
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::INTERNAL_SERVER_ERROR));
    assert!(
        err.to_string().contains("500"),
        "the message names the status: {err}"
    );
}
// ANCHOR_END: tests

#[tokio::test]
async fn main_prints_the_status_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/todos/999"))
        .respond_with(ResponseTemplate::new(404).set_body_string("{}"))
        .expect(1)
        .mount(&server)
        .await;

    // The book's `main`, pointed at the local server with API_BASE.
    let base = server.uri();
    let run = tokio::task::spawn_blocking(move || {
        support::run_bin_with_env(
            env!("CARGO_BIN_EXE_listing-04-05"),
            &[("API_BASE", &base)],
            std::time::Duration::from_secs(30),
        )
    })
    .await
    .unwrap();
    assert!(run.success, "main failed: {}", run.stderr);
    support::assert_output(
        &run.stdout,
        &format!(
            "failed: HTTP status client error (404 Not Found) for url ({}/todos/999) \
             (status: Some(404))",
            server.uri()
        ),
    );
}
