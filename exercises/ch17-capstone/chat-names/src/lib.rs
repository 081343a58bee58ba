//! Chat server, stage 2: a line protocol with names. This is stage 1's
//! solution, an echo server: make it speak the protocol of the README.
use futures::{SinkExt, StreamExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_util::codec::{Framed, LinesCodec};

/// The longest line a client may send, in bytes.
pub const MAX_LINE: usize = 1024;
/// The longest name, in characters.
pub const MAX_NAME: usize = 16;

/// Accepts clients for ever, each served by a task of its own.
pub async fn serve(listener: TcpListener) -> std::io::Result<()> {
    loop {
        let (socket, _) = listener.accept().await?;
        tokio::spawn(connection(socket));
    }
}

/// Sends each line the client sends back to it, until it leaves.
///
/// TODO: give each client a name, `guest-1`, `guest-2`, … in the order
/// they were accepted, and answer each line as the protocol says: a
/// message, `/nick NAME`, `/quit`, and the mistakes.
pub async fn connection(socket: TcpStream) {
    let mut lines = Framed::new(socket, LinesCodec::new_with_max_length(MAX_LINE));
    while let Some(Ok(line)) = lines.next().await {
        if lines.send(line).await.is_err() {
            return;
        }
    }
}
