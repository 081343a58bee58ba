use listing_02_06::BlockingClient;

// A plain #[test], not #[tokio::test]: the client brings its own runtime.
#[test]
fn fetches_from_sync_code() {
    let client = BlockingClient::new().expect("the client builds its runtime");
    assert_eq!(
        client.fetch("https://example.com/a"),
        "<html>page at https://example.com/a</html>"
    );
    assert_eq!(
        client.fetch("https://example.com/b"),
        "<html>page at https://example.com/b</html>"
    );
}

// The chapter's speaker notes quote this panic: a runtime cannot be dropped
// on a thread that is driving async code, because shutting down blocks.
#[tokio::test]
#[should_panic(expected = "Cannot drop a runtime in a context where blocking is not allowed")]
async fn dropping_the_client_inside_async_code_panics() {
    let client = BlockingClient::new().expect("the client builds its runtime");
    drop(client);
}
