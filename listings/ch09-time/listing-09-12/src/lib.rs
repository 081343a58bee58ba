//! Listing 9-12: a client that reads one line from a server, with a time limit.
use std::io;
use std::net::SocketAddr;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::net::TcpStream;
use tokio::time::{Duration, timeout};

// ANCHOR: client
/// Connects to `addr` and returns the first line the server sends, or a
/// `TimedOut` error after `limit`.
pub async fn read_greeting(addr: SocketAddr, limit: Duration) -> io::Result<String> {
    let read = async {
        let stream = TcpStream::connect(addr).await?;
        let mut line = String::new();
        BufReader::new(stream).read_line(&mut line).await?;
        Ok(line.trim_end().to_string())
    };
    timeout(limit, read)
        .await
        .unwrap_or_else(|_| Err(io::Error::new(io::ErrorKind::TimedOut, "no greeting")))
}
// ANCHOR_END: client
