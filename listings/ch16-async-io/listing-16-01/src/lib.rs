//! Listing 16-1: an echo server. The accept loop spawns one task per
//! connection; each task reads bytes and writes them back.
use std::io;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

// ANCHOR: serve
/// Accepts connections until accepting fails, each on a task of its own.
pub async fn serve(listener: TcpListener) -> io::Result<()> {
    loop {
        let (socket, peer) = listener.accept().await?;
        tokio::spawn(async move {
            if let Err(e) = echo(socket).await {
                eprintln!("{peer}: {e}");
            }
        });
    }
}
// ANCHOR_END: serve

// ANCHOR: echo
/// Writes back every byte it reads, until the client closes its side.
/// Returns how many bytes it echoed.
pub async fn echo(mut socket: TcpStream) -> io::Result<u64> {
    let mut buf = [0u8; 4096];
    let mut total = 0;
    loop {
        let n = socket.read(&mut buf).await?;
        if n == 0 {
            return Ok(total); // end of stream: the client closed its side
        }
        socket.write_all(&buf[..n]).await?;
        total += n as u64;
    }
}
// ANCHOR_END: echo
