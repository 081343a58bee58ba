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
