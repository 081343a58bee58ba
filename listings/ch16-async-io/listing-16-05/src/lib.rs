//! Listing 16-5: the limits a server needs. At most N connections at once,
//! an idle timeout per connection, and a maximum line length.
use futures::{SinkExt, StreamExt};
use listing_16_02::answer;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::time::timeout;
use tokio_util::codec::{Framed, LinesCodec, LinesCodecError};

// ANCHOR: limits
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Connections served at once; the next one is told "busy".
    pub max_connections: usize,
    /// How long a connection may stay silent before it is closed.
    pub idle: Duration,
    /// The longest line the server buffers, in bytes.
    pub max_line: usize,
}
// ANCHOR_END: limits

pub type Lines = Framed<TcpStream, LinesCodec>;

// ANCHOR: serve
pub async fn serve(listener: TcpListener, limits: Limits) -> std::io::Result<()> {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    loop {
        let (socket, _) = listener.accept().await?;
        let _ = socket.set_nodelay(true); // short answers go out at once
        let codec = LinesCodec::new_with_max_length(limits.max_line);
        let mut lines = Framed::new(socket, codec);
        let Ok(permit) = slots.clone().try_acquire_owned() else {
            tokio::spawn(async move {
                let _ = lines.send("error: server busy, try again later").await;
            });
            continue;
        };
        tokio::spawn(async move {
            let _ = handle(lines, limits.idle).await;
            drop(permit); // the slot frees when the connection is over
        });
    }
}
// ANCHOR_END: serve

// ANCHOR: handle
pub async fn handle(mut lines: Lines, idle: Duration) -> Result<(), LinesCodecError> {
    lines.send("welcome").await?;
    loop {
        let line = match timeout(idle, lines.next()).await {
            Err(_elapsed) => {
                let ms = idle.as_millis();
                lines
                    .send(format!("error: idle for {ms} ms, closing"))
                    .await?;
                return Ok(());
            }
            Ok(None) => return Ok(()), // the client hung up
            Ok(Some(Err(LinesCodecError::MaxLineLengthExceeded))) => {
                let max = lines.codec().max_length();
                let error = format!("error: line longer than {max} bytes, closing");
                lines.send(error).await?;
                return Ok(());
            }
            Ok(Some(Err(e))) => return Err(e), // an I/O error, or not UTF-8
            Ok(Some(Ok(line))) => line,
        };
        let (reply, quit) = answer(&line);
        lines.send(reply).await?;
        if quit {
            return Ok(());
        }
    }
}
// ANCHOR_END: handle
