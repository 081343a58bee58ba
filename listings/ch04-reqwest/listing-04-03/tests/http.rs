//! The requests go to a wiremock server on 127.0.0.1 that the test starts.
use listing_04_03::{build_client, fetch_user};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn the_client_sends_its_user_agent() {
    let server = MockServer::start().await;
    // Only a request that carries this exact User-Agent gets a 200.
    Mock::given(method("GET"))
        .and(path("/users/tokio-rs"))
        .and(header("user-agent", "listing-04-03/0.1.0"))
        .respond_with(ResponseTemplate::new(200).set_body_string("tokio"))
        .expect(1)
        .mount(&server)
        .await;

    let client = build_client().unwrap();
    let body = fetch_user(&client, &server.uri(), "tokio-rs")
        .await
        .unwrap();
    assert_eq!(body, "tokio");
}

#[tokio::test]
async fn main_prints_the_size_of_each_answer() {
    let server = MockServer::start().await;
    for (name, body) in [("rust-lang", "rust"), ("tokio-rs", "tokio")] {
        Mock::given(method("GET"))
            .and(path(format!("/users/{name}")))
            .and(header("user-agent", "listing-04-03/0.1.0"))
            .respond_with(ResponseTemplate::new(200).set_body_string(body))
            .expect(1)
            .mount(&server)
            .await;
    }

    // The book's `main`, pointed at the local server with API_BASE.
    let base = server.uri();
    let run = tokio::task::spawn_blocking(move || {
        support::run_bin_with_env(
            env!("CARGO_BIN_EXE_listing-04-03"),
            &[("API_BASE", &base)],
            std::time::Duration::from_secs(30),
        )
    })
    .await
    .unwrap();
    assert!(run.success, "main failed: {}", run.stderr);
    support::assert_output(&run.stdout, "rust-lang: 4 bytes\ntokio-rs: 5 bytes");
}
