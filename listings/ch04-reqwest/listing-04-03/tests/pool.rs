//! Does a shared `Client` reuse its connections? A tiny HTTP/1.1 server on
//! 127.0.0.1 counts the TCP connections it accepts.
use listing_04_03::{build_client, fetch_user, fetch_user_without_client};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::time::timeout;

// ANCHOR: stub
/// Starts a server that answers every request with `200 OK` and the body
/// `ok`, keeps each connection open for more requests, and counts the
/// connections it accepts. Returns its base URL and the counter.
async fn start_counting_server() -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let accepted = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&accepted);
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(answer_every_request(socket));
        }
    });
    (base, accepted)
}

/// Reads request heads (GETs: no body) and answers each one.
async fn answer_every_request(mut socket: TcpStream) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 1024];
    loop {
        while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
            match socket.read(&mut chunk).await {
                Ok(0) | Err(_) => return, // the client closed the connection
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        }
        let end = buf.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
        buf.drain(..end);
        let reply = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok";
        if socket.write_all(reply).await.is_err() {
            return;
        }
    }
}
// ANCHOR_END: stub

const REQUESTS: usize = 10;

// ANCHOR: tests
#[tokio::test]
async fn reqwest_get_opens_a_connection_per_request() {
    let (base, accepted) = start_counting_server().await;
    for _ in 0..REQUESTS {
        let body = timeout(
            Duration::from_secs(10),
            fetch_user_without_client(&base, "a"),
        )
        .await
        .expect("the request hung")
        .unwrap();
        assert_eq!(body, "ok");
    }
    assert_eq!(
        accepted.load(Ordering::SeqCst),
        REQUESTS,
        "one new client, one new connection"
    );
}

#[tokio::test]
async fn a_shared_client_reuses_its_connections() {
    let (base, accepted) = start_counting_server().await;
    let client = build_client().unwrap();
    for _ in 0..REQUESTS {
        let body = timeout(Duration::from_secs(10), fetch_user(&client, &base, "a"))
            .await
            .expect("the request hung")
            .unwrap();
        assert_eq!(body, "ok");
    }
    let connections = accepted.load(Ordering::SeqCst);
    // The pool may open a second connection while the first one is on its way
    // back (see the page), but never one per request.
    assert!(
        connections <= 2,
        "{REQUESTS} requests used {connections} connections"
    );
}
// ANCHOR_END: tests
