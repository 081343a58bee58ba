//! Chat server, stage 1: an echo server, one task per client.
use futures::{SinkExt, StreamExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_util::codec::{Framed, LinesCodec};

/// The longest line a client may send, in bytes.
pub const MAX_LINE: usize = 1024;

/// Accepts clients for ever, each served by a task of its own.
pub async fn serve(listener: TcpListener) -> std::io::Result<()> {
    loop {
        let (socket, _) = listener.accept().await?;
        tokio::spawn(connection(socket));
    }
}

/// Sends each line the client sends back to it, until it leaves.
pub async fn connection(socket: TcpStream) {
    let mut lines = Framed::new(socket, LinesCodec::new_with_max_length(MAX_LINE));
    while let Some(Ok(line)) = lines.next().await {
        if lines.send(line).await.is_err() {
            return;
        }
    }
}
