//! Listing 4-8: an HTTP server for tests that measures how many requests a
//! client has in flight at once.
//!
//! It answers `GET /anything` with `200 OK` and the path as the body. To see
//! how many requests the client has out at the same time, it *holds* each
//! answer until `hold_for` requests are waiting together. Only then does it
//! answer them. No timer is involved, so the count is the same on every run.
//!
//! A client that keeps at most `hold_for` requests in flight therefore shows
//! a peak of exactly `hold_for`: the server waits for them all. A client that
//! never has `hold_for` out at once waits forever, so a test bounds it with a
//! timeout; to show that a client sends *more* than a limit, start the
//! server with `hold_for` one above that limit.
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;

struct Shared {
    hold_for: usize,
    total: usize,
    in_flight: AtomicUsize,
    peak: AtomicUsize,
    answered: AtomicUsize,
    connections: AtomicUsize,
    /// Bumped each time a group of waiting requests may be answered.
    release: watch::Sender<u64>,
}

impl Shared {
    /// How many requests must wait together before they are answered: the
    /// limit, or fewer when fewer are left.
    fn target(&self) -> usize {
        self.hold_for
            .min(self.total.saturating_sub(self.answered.load(SeqCst)))
    }

    fn release_if_enough(&self, in_flight: usize) {
        if in_flight >= self.target() {
            self.release.send_modify(|group| *group += 1);
        }
    }
}

/// The running server; it stops when the test's runtime ends.
pub struct InFlightServer {
    base: String,
    shared: Arc<Shared>,
}

impl InFlightServer {
    /// Starts a server on 127.0.0.1 for a test that will make `total`
    /// requests and expects at most `hold_for` of them in flight at once.
    pub async fn start(hold_for: usize, total: usize) -> InFlightServer {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1");
        let base = format!("http://{}", listener.local_addr().unwrap());
        let shared = Arc::new(Shared {
            hold_for,
            total,
            in_flight: AtomicUsize::new(0),
            peak: AtomicUsize::new(0),
            answered: AtomicUsize::new(0),
            connections: AtomicUsize::new(0),
            release: watch::Sender::new(0),
        });
        let accepting = Arc::clone(&shared);
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                accepting.connections.fetch_add(1, SeqCst);
                tokio::spawn(serve(socket, Arc::clone(&accepting)));
            }
        });
        InFlightServer { base, shared }
    }

    /// The URL of `path` on this server, e.g. `url("/item/3")`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The most requests that were in flight at the same time.
    pub fn peak(&self) -> usize {
        self.shared.peak.load(SeqCst)
    }

    /// How many requests were answered.
    pub fn answered(&self) -> usize {
        self.shared.answered.load(SeqCst)
    }

    /// How many TCP connections clients opened.
    pub fn connections(&self) -> usize {
        self.shared.connections.load(SeqCst)
    }
}

/// Answers the requests of one connection, one after the other.
async fn serve(mut socket: TcpStream, shared: Arc<Shared>) {
    let mut buf = Vec::new();
    while let Some(path) = read_request_head(&mut socket, &mut buf).await {
        answer_when_released(&shared).await;
        let reply = format!(
            "HTTP/1.1 200 OK\r\ncontent-length: {}\r\n\r\n{path}",
            path.len()
        );
        if socket.write_all(reply.as_bytes()).await.is_err() {
            return;
        }
    }
}

/// Counts the request in, waits until it may be answered, counts it out.
async fn answer_when_released(shared: &Shared) {
    let mut release = shared.release.subscribe();
    let my_group = *release.borrow_and_update(); // read before counting in
    let now = shared.in_flight.fetch_add(1, SeqCst) + 1;
    shared.peak.fetch_max(now, SeqCst);
    shared.release_if_enough(now);

    // Wait for our group to be released. No timer: a client that never has
    // `hold_for` requests out at once waits here until its test times out.
    let _ = release.wait_for(|group| *group > my_group).await;

    // Count out *before* the answer is written: the client cannot start its
    // next request before it reads this one, so the count is never too high.
    let now = shared.in_flight.fetch_sub(1, SeqCst) - 1;
    shared.answered.fetch_add(1, SeqCst);
    if now > 0 {
        shared.release_if_enough(now); // fewer left: a smaller group will do
    }
}

/// Reads one request head (GET: no body) and returns its path, or `None`
/// when the client closed the connection.
async fn read_request_head(socket: &mut TcpStream, buf: &mut Vec<u8>) -> Option<String> {
    let mut chunk = [0u8; 1024];
    loop {
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..end]).into_owned();
            buf.drain(..end + 4);
            // "GET /path HTTP/1.1"
            return head.split_whitespace().nth(1).map(str::to_owned);
        }
        match socket.read(&mut chunk).await {
            Ok(0) | Err(_) => return None,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
}
