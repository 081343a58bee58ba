//! Real sockets on 127.0.0.1 and the real clock: the paused clock does not
//! mix with sockets. Nothing here waits on a timer; the timeouts only turn a
//! hang into a failure.
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::process::Command;
use tokio::time::timeout;

const LIMIT: Duration = Duration::from_secs(5);

async fn start() -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(listing_16_01::serve(listener));
    addr
}

async fn say(client: &mut TcpStream, text: &[u8]) -> Vec<u8> {
    client.write_all(text).await.unwrap();
    let mut back = vec![0; text.len()];
    client.read_exact(&mut back).await.unwrap();
    back
}

// ANCHOR: two_clients
#[tokio::test]
async fn a_second_client_is_served_while_the_first_stays_connected() {
    timeout(LIMIT, async {
        let addr = start().await;
        let mut first = TcpStream::connect(addr).await.unwrap();
        assert_eq!(say(&mut first, b"one").await, b"one");
        // `first` stays open. A server that handled one connection at a
        // time would never answer `second`.
        let mut second = TcpStream::connect(addr).await.unwrap();
        assert_eq!(say(&mut second, b"two").await, b"two");
        assert_eq!(say(&mut first, b"still here").await, b"still here");
    })
    .await
    .expect("a client got no echo: is each connection on a task of its own?");
}
// ANCHOR_END: two_clients

#[tokio::test]
async fn echo_counts_the_bytes_until_the_client_closes() {
    timeout(LIMIT, async {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            let (socket, _) = listener.accept().await.unwrap();
            listing_16_01::echo(socket).await.unwrap()
        });
        let mut client = TcpStream::connect(addr).await.unwrap();
        let data: Vec<u8> = (0..50_000u32).map(|i| i as u8).collect();
        client.write_all(&data).await.unwrap();
        client.shutdown().await.unwrap(); // end of stream for the server
        let mut back = Vec::new();
        client.read_to_end(&mut back).await.unwrap();
        assert!(back == data, "the echo differs from what was sent");
        assert_eq!(server.await.unwrap(), 50_000);
    })
    .await
    .expect("the echo did not end after the client closed its side");
}

/// Runs the real binary on a free port and talks to it.
#[tokio::test]
async fn the_binary_echoes() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_listing-16-01"))
        .arg("127.0.0.1:0")
        .stdout(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    timeout(LIMIT, async {
        let mut lines = BufReader::new(stdout).lines();
        let first = lines.next_line().await.unwrap().expect("no output");
        let addr = first
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("unexpected first line: {first}"));
        let mut client = TcpStream::connect(addr).await.unwrap();
        assert_eq!(say(&mut client, b"hello\n").await, b"hello\n");
    })
    .await
    .expect("the binary did not start or did not echo");
    child.kill().await.unwrap();
}
