//! The requests go to a wiremock server on 127.0.0.1 that each test starts.
use listing_04_02::fetch_text;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn returns_the_body_of_the_response() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/users/rust-lang"))
        .respond_with(ResponseTemplate::new(200).set_body_string(r#"{"login":"rust-lang"}"#))
        .expect(1)
        .mount(&server)
        .await;

    let body = fetch_text(&server.uri(), "rust-lang").await.unwrap();
    assert_eq!(body, r#"{"login":"rust-lang"}"#);
}

// ANCHOR: no_user_agent
#[tokio::test]
async fn sends_no_user_agent_and_returns_an_error_page_as_ok() {
    let server = MockServer::start().await;
    // Like api.github.com, this server refuses requests without a User-Agent.
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(403).set_body_string("User-Agent required"))
        .mount(&server)
        .await;

    let body = fetch_text(&server.uri(), "rust-lang").await.unwrap();
    // A 403 is not an `Err`: the error page comes back as the "result".
    assert_eq!(body, "User-Agent required");

    let requests = server.received_requests().await.unwrap();
    assert!(
        !requests[0].headers.contains_key("user-agent"),
        "reqwest sets no User-Agent unless you ask it to"
    );
}
// ANCHOR_END: no_user_agent

#[tokio::test]
async fn main_prints_the_body() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/users/rust-lang"))
        .respond_with(ResponseTemplate::new(200).set_body_string(r#"{"login":"rust-lang"}"#))
        .expect(1)
        .mount(&server)
        .await;

    // The book's `main`, pointed at the local server with API_BASE.
    let base = server.uri();
    let run = tokio::task::spawn_blocking(move || {
        support::run_bin_with_env(
            env!("CARGO_BIN_EXE_listing-04-02"),
            &[("API_BASE", &base)],
            std::time::Duration::from_secs(30),
        )
    })
    .await
    .unwrap();
    assert!(run.success, "main failed: {}", run.stderr);
    support::assert_output(&run.stdout, r#"{"login":"rust-lang"}"#);
}
