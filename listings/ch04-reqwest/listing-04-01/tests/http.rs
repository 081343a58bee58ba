//! Every request goes to a wiremock server on 127.0.0.1 that the test starts.
use listing_04_01::{SignIn, search, sign_in};
use wiremock::matchers::{body_string, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn query_pairs_are_encoded_into_the_url() {
    let server = MockServer::start().await;
    // Only a request with both parameters, encoded, matches this mock.
    Mock::given(method("GET"))
        .and(path("/search"))
        .and(query_param("q", "async rust"))
        .and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_string("3 results"))
        .expect(1)
        .mount(&server)
        .await;

    let client = reqwest::Client::new();
    let body = search(&client, &server.uri(), "async rust", 2)
        .await
        .unwrap();
    assert_eq!(body, "3 results");

    let received = server.received_requests().await.unwrap();
    assert_eq!(received[0].url.query(), Some("q=async+rust&page=2"));
}

#[tokio::test]
async fn a_form_is_sent_url_encoded() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/login"))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string("user=ferris&password=s3cret%21"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;

    let client = reqwest::Client::new();
    let form = SignIn {
        user: "ferris",
        password: "s3cret!",
    };
    let status = sign_in(&client, &server.uri(), &form).await.unwrap();
    assert_eq!(
        status, 204,
        "the mock answers 204 only to the exact form body"
    );
}

/// Runs the book's `main` against `base` (the program reads it from API_BASE).
async fn run_main(base: &str) -> support::Run {
    let base = base.to_owned();
    tokio::task::spawn_blocking(move || {
        support::run_bin_with_env(
            env!("CARGO_BIN_EXE_listing-04-01"),
            &[("API_BASE", &base)],
            std::time::Duration::from_secs(30),
        )
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn main_prints_the_echo_and_the_sign_in_status() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/search"))
        .and(query_param("q", "async rust"))
        .and(query_param("page", "1"))
        .respond_with(
            ResponseTemplate::new(200).set_body_string(r#"{"args":{"page":"1","q":"async rust"}}"#),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/login"))
        .and(body_string("user=ferris&password=s3cret%21"))
        .respond_with(ResponseTemplate::new(200))
        .expect(1)
        .mount(&server)
        .await;

    let run = run_main(&server.uri()).await;
    assert!(run.success, "main failed: {}", run.stderr);
    support::assert_output(
        &run.stdout,
        "{\"args\":{\"page\":\"1\",\"q\":\"async rust\"}}\nsign-in: 200",
    );
}
