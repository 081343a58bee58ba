//! A large body, read in pieces, from a wiremock server on 127.0.0.1.
use listing_04_04::body_size;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

// ANCHOR: test
#[tokio::test]
async fn a_large_body_arrives_in_pieces() {
    let server = MockServer::start().await;
    let four_mib = vec![b'x'; 4 << 20];
    Mock::given(method("GET"))
        .and(path("/export"))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(four_mib))
        .mount(&server)
        .await;

    let url = format!("{}/export", server.uri());
    let (pieces, bytes) = body_size(&reqwest::Client::new(), &url).await.unwrap();
    assert_eq!(bytes, 4 << 20, "every byte arrived");
    assert!(pieces > 1, "in more than one piece: {pieces}");
}
// ANCHOR_END: test
