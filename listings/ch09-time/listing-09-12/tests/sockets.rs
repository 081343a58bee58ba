//! Real sockets wait in real time; a paused clock does not wait for them.
use listing_09_12::read_greeting;
use std::io::{ErrorKind, Write};
use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;
use tokio::time::{Duration, Instant};

// ANCHOR: paused
/// A server that answers after two seconds of real time, on a thread of
/// its own so that the test's runtime knows nothing about it.
fn slow_server() -> std::net::SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        std::thread::sleep(std::time::Duration::from_secs(2));
        let _ = stream.write_all(b"hello\n"); // the client is long gone
    });
    addr
}

#[tokio::test(start_paused = true)]
async fn on_the_paused_clock_a_socket_timeout_fires_at_once() {
    let addr = slow_server();
    let real_start = std::time::Instant::now();
    let start = Instant::now();

    let result = read_greeting(addr, Duration::from_secs(30)).await;

    // While the read waited for the socket, the runtime had nothing to do,
    // so it moved the clock to the next timer: the 30 s limit.
    let err = result.expect_err("the limit fired before the server spoke");
    assert_eq!(err.kind(), ErrorKind::TimedOut);
    assert_eq!(start.elapsed(), Duration::from_secs(30));
    assert!(real_start.elapsed() < std::time::Duration::from_secs(2));
}
// ANCHOR_END: paused

// ANCHOR: real
/// Tests with sockets run on the real clock, against a server that answers
/// at once, and only limit how long a broken test may hang.
#[tokio::test]
async fn on_the_real_clock_the_server_gets_its_turn() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let (mut stream, _) = listener.accept().await.unwrap();
        stream.write_all(b"hello\n").await.unwrap();
    });

    let greeting = read_greeting(addr, Duration::from_secs(10)).await;
    assert_eq!(greeting.unwrap(), "hello");
}
// ANCHOR_END: real
