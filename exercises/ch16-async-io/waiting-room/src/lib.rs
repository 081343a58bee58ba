//! Exercise: at most N clients at once, and a short wait for the others.
use futures::{SinkExt, StreamExt};
use std::sync::Arc;
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::time::timeout;
use tokio_util::codec::{Framed, LinesCodec, LinesCodecError};

pub type Lines = Framed<TcpStream, LinesCodec>;

pub const WELCOME: &str = "welcome";
pub const WAITING: &str = "waiting for a free slot";
pub const BUSY: &str = "error: server busy, try again later";

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Clients served at once.
    pub max_clients: usize,
    /// How long a client who finds every slot taken may wait for one.
    pub wait: Duration,
}

/// The conversation with an admitted client: an echo, until `quit`
/// (answered with `bye`) or until the client hangs up. Do not change it.
pub async fn converse(lines: &mut Lines) {
    while let Some(Ok(line)) = lines.next().await {
        let quit = line == "quit";
        let reply = if quit { "bye".to_owned() } else { line };
        if lines.send(reply).await.is_err() || quit {
            return;
        }
    }
}

/// Accepts clients for ever. Each connection is served by `connection` on
/// a task of its own, with the semaphore that counts the free slots.
pub async fn serve(listener: TcpListener, limits: Limits) -> std::io::Result<()> {
    // TODO: a semaphore with a permit per slot; accept in a loop; frame
    // each socket and give it to `connection` on a task of its own.
    todo!("the accept loop")
}

/// One client. With a free slot: `welcome`, then `converse`. Without one:
/// `waiting for a free slot` at once, then `welcome` as soon as a slot
/// frees — or, if none frees within `wait`, the busy error and the end of
/// the connection. The client holds its slot until the conversation is
/// over.
pub async fn connection(
    mut lines: Lines,
    slots: Arc<Semaphore>,
    wait: Duration,
) -> Result<(), LinesCodecError> {
    // TODO: take a free slot if there is one; otherwise say so and wait
    // for one, but no longer than `wait`. Keep the slot until the end.
    todo!("admit, make wait, or turn away")
}
