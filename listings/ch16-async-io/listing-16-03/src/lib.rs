//! Listing 16-3: a client that writes and reads at the same time. The
//! socket is split into owned halves; the write half moves into a task.
use std::io;
use std::net::SocketAddr;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

// ANCHOR: round_trip
/// Sends `data` to an echo server and returns what came back.
pub async fn round_trip(addr: SocketAddr, data: Vec<u8>) -> io::Result<Vec<u8>> {
    let socket = TcpStream::connect(addr).await?;
    let (mut reader, mut writer) = socket.into_split();
    let sending = tokio::spawn(async move {
        writer.write_all(&data).await?;
        writer.shutdown().await // end of stream: nothing more is coming
    });
    let mut echoed = Vec::new();
    reader.read_to_end(&mut echoed).await?; // meanwhile, read
    sending.await??;
    Ok(echoed)
}
// ANCHOR_END: round_trip
