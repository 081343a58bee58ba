//! Real sockets on 127.0.0.1 and the real clock (the paused clock does not
//! mix with sockets). No test depends on one timer beating another: the
//! idle test has one timer, the server's; the others order events with
//! what the clients read. Every test is bounded by `LIMIT`.
use listing_16_05::{Limits, serve};
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, Lines};
use tokio::net::TcpStream;
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::time::timeout;

const LIMIT: Duration = Duration::from_secs(10);

async fn start(limits: Limits) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve(listener, limits));
    addr
}

/// The next line, or `None` when the server has closed the connection.
async fn read(lines: &mut Lines<BufReader<OwnedReadHalf>>) -> Option<String> {
    match lines.next_line().await {
        Ok(line) => line,
        // Closing with unread input makes the kernel reset the connection.
        Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => None,
        Err(e) => panic!("reading from the server: {e}"),
    }
}

struct Client {
    lines: Lines<BufReader<OwnedReadHalf>>,
    writer: OwnedWriteHalf,
}

impl Client {
    async fn connect(addr: SocketAddr) -> Client {
        let (reader, writer) = TcpStream::connect(addr).await.unwrap().into_split();
        let lines = BufReader::new(reader).lines();
        Client { lines, writer }
    }

    async fn read(&mut self) -> Option<String> {
        read(&mut self.lines).await
    }

    async fn say(&mut self, line: &str) -> Option<String> {
        self.writer
            .write_all(format!("{line}\n").as_bytes())
            .await
            .ok()?;
        self.read().await
    }
}

fn limits() -> Limits {
    Limits {
        max_connections: 100,
        idle: Duration::from_secs(60),
        max_line: 1024,
    }
}

// ANCHOR: busy
#[tokio::test]
async fn the_connection_after_the_last_slot_is_told_busy() {
    timeout(LIMIT, async {
        let addr = start(Limits {
            max_connections: 2,
            ..limits()
        })
        .await;
        let mut first = Client::connect(addr).await;
        let mut second = Client::connect(addr).await;
        assert_eq!(first.read().await.as_deref(), Some("welcome"));
        assert_eq!(second.read().await.as_deref(), Some("welcome"));
        let mut third = Client::connect(addr).await;
        let told = third.read().await;
        assert_eq!(told.as_deref(), Some("error: server busy, try again later"));
        assert_eq!(third.read().await, None, "then the server hangs up");
        // One leaves; its slot frees once its task ends, so retry until then.
        assert_eq!(first.say("quit").await.as_deref(), Some("bye"));
        loop {
            let mut next = Client::connect(addr).await;
            if next.read().await.as_deref() == Some("welcome") {
                break;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await
    .expect("a client waited for ever");
}
// ANCHOR_END: busy

// ANCHOR: idle
#[tokio::test]
async fn a_silent_client_is_closed_after_the_idle_timeout() {
    timeout(LIMIT, async {
        let idle = Duration::from_millis(200);
        let addr = start(Limits { idle, ..limits() }).await;
        let t0 = Instant::now();
        let mut client = Client::connect(addr).await;
        assert_eq!(client.read().await.as_deref(), Some("welcome"));
        // The client sends nothing. The one timer is the server's.
        let told = client.read().await;
        assert_eq!(told.as_deref(), Some("error: idle for 200 ms, closing"));
        assert_eq!(client.read().await, None, "then the server hangs up");
        assert!(t0.elapsed() >= idle, "closed before the timeout");
    })
    .await
    .expect("the silent client was never closed");
}
// ANCHOR_END: idle

/// B talks without pause while A stays silent. A's idle timer started after
/// B's, so when A is closed, B has been connected for longer than `idle`:
/// B is still served only if every line restarts its timer.
#[tokio::test]
async fn every_line_restarts_the_idle_timer() {
    timeout(LIMIT, async {
        let addr = start(Limits {
            idle: Duration::from_millis(300),
            ..limits()
        })
        .await;
        let mut b = Client::connect(addr).await;
        assert_eq!(b.read().await.as_deref(), Some("welcome"));
        let mut a = Client::connect(addr).await;
        assert_eq!(a.read().await.as_deref(), Some("welcome"));
        let a_closed = tokio::spawn(async move { while a.read().await.is_some() {} });
        let mut n = 0;
        while !a_closed.is_finished() {
            n += 1;
            assert_eq!(b.say(&format!("echo {n}")).await, Some(n.to_string()));
        }
        for _ in 0..3 {
            n += 1;
            let reply = b.say(&format!("echo {n}")).await;
            assert_eq!(reply, Some(n.to_string()), "a busy client was closed");
        }
    })
    .await
    .expect("the silent client was never closed");
}

// ANCHOR: long_line
#[tokio::test]
async fn a_line_over_the_limit_gets_an_error_and_a_closed_connection() {
    timeout(LIMIT, async {
        let addr = start(limits()).await; // max_line: 1024
        let (reader, mut writer) = TcpStream::connect(addr).await.unwrap().into_split();
        // 4 MB without a newline, from a task: the server may hang up
        // before the client has finished writing.
        tokio::spawn(async move {
            if writer.write_all(&vec![b'x'; 4 << 20]).await.is_ok() {
                let _ = writer.shutdown().await;
            }
        });
        let mut lines = BufReader::new(reader).lines();
        assert_eq!(read(&mut lines).await.as_deref(), Some("welcome"));
        let told = read(&mut lines).await;
        assert_eq!(
            told.as_deref().map(|t| &t[..t.len().min(60)]),
            Some("error: line longer than 1024 bytes, closing"),
            "a line over the limit must get an error, not an answer"
        );
        assert_eq!(read(&mut lines).await, None, "then the server hangs up");
    })
    .await
    .expect("no answer to the long line");
}
// ANCHOR_END: long_line
