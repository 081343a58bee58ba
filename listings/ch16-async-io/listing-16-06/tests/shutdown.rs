//! Real sockets on 127.0.0.1, real clock. Events are ordered with channels,
//! not sleeps: the test's `work` tells the test when a request has started
//! and finishes only when the test opens its gate. The one timer in play is
//! the server's grace period. Every test is bounded by `LIMIT`.
use listing_16_06::{BYE, CUT, serve};
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, Lines};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;
use tokio::time::timeout;
use tokio_util::sync::CancellationToken;

const LIMIT: Duration = Duration::from_secs(10);

struct Server {
    addr: SocketAddr,
    stop: CancellationToken,
    started: mpsc::UnboundedReceiver<String>,
    gate: watch::Sender<bool>,
    serving: JoinHandle<std::io::Result<()>>,
}

/// A server whose requests wait until the test opens `gate`.
async fn start(grace: Duration) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (started_tx, started) = mpsc::unbounded_channel();
    let (gate, open) = watch::channel(false);
    let work = move |line: String| {
        let (started, mut open) = (started_tx.clone(), open.clone());
        async move {
            started.send(line.clone()).unwrap();
            open.wait_for(|open| *open).await.unwrap();
            format!("done: {line}")
        }
    };
    let stop = CancellationToken::new();
    let serving = tokio::spawn(serve(listener, stop.clone(), grace, work));
    Server {
        addr,
        stop,
        started,
        gate,
        serving,
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
    async fn send(&mut self, line: &str) {
        self.writer
            .write_all(format!("{line}\n").as_bytes())
            .await
            .unwrap();
    }
    async fn read(&mut self) -> Option<String> {
        self.lines.next_line().await.unwrap()
    }
}

// ANCHOR: cut
#[tokio::test]
async fn each_client_is_told_what_happens_to_it() {
    timeout(LIMIT, async {
        let grace = Duration::from_millis(300);
        let mut server = start(grace).await;
        // Connections are accepted in order: once `busy`'s request has
        // started, `idle` has been accepted too.
        let mut idle = Client::connect(server.addr).await;
        let mut busy = Client::connect(server.addr).await;
        busy.send("job").await;
        assert_eq!(server.started.recv().await.as_deref(), Some("job"));

        let t0 = Instant::now();
        server.stop.cancel(); // the gate stays shut: no request can finish
        server.serving.await.unwrap().unwrap();
        assert!(
            t0.elapsed() >= grace,
            "serve returned before the grace period"
        );
        assert_eq!(idle.read().await.as_deref(), Some(BYE));
        assert_eq!(idle.read().await, None, "then the server hangs up");
        assert_eq!(busy.read().await.as_deref(), Some(CUT));
        assert_eq!(busy.read().await, None, "then the server hangs up");
        let refused = TcpStream::connect(server.addr).await;
        assert!(refused.is_err(), "a new client after shutdown is refused");
    })
    .await
    .expect("the server never finished shutting down");
}
// ANCHOR_END: cut

// ANCHOR: finish
#[tokio::test]
async fn a_request_in_flight_is_answered_then_the_client_is_told_bye() {
    timeout(LIMIT, async {
        let mut server = start(Duration::from_secs(60)).await;
        let mut idle = Client::connect(server.addr).await;
        let mut busy = Client::connect(server.addr).await;
        busy.send("job").await;
        assert_eq!(server.started.recv().await.as_deref(), Some("job"));

        server.stop.cancel();
        assert_eq!(idle.read().await.as_deref(), Some(BYE));
        assert_eq!(idle.read().await, None, "then the server hangs up");
        server.gate.send(true).unwrap(); // now the request may finish
        assert_eq!(busy.read().await.as_deref(), Some("done: job"));
        assert_eq!(busy.read().await.as_deref(), Some(BYE));
        assert_eq!(busy.read().await, None, "then the server hangs up");
        server.serving.await.unwrap().unwrap(); // long before the 60 s grace
    })
    .await
    .expect("the server never finished shutting down");
}
// ANCHOR_END: finish
