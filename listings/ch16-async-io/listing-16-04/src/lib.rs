//! Listing 16-4: the protocol of listing 16-2 over `Framed` and
//! `LinesCodec`: a stream of lines in, a sink of lines out.
use futures::{SinkExt, StreamExt};
use listing_16_02::answer;
use tokio::net::{TcpListener, TcpStream};
use tokio_util::codec::{Framed, LinesCodec, LinesCodecError};

// ANCHOR: handle
/// Serves one client with the protocol of listing 16-2.
pub async fn handle(socket: TcpStream) -> Result<(), LinesCodecError> {
    let mut lines = Framed::new(socket, LinesCodec::new());
    while let Some(line) = lines.next().await {
        let (reply, quit) = answer(&line?);
        lines.send(reply).await?;
        if quit {
            break;
        }
    }
    Ok(())
}
// ANCHOR_END: handle

pub async fn serve(listener: TcpListener) -> std::io::Result<()> {
    loop {
        let (socket, _) = listener.accept().await?;
        tokio::spawn(handle(socket));
    }
}
