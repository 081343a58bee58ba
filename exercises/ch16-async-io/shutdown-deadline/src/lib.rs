//! Exercise: shut a server down with a deadline, telling each client what
//! happens to it.
use futures::{SinkExt, StreamExt};
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::time::timeout;
use tokio_util::codec::{Framed, LinesCodec};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

pub const BYE: &str = "bye: server shut down";

/// What a connected client is told when the shutdown begins.
pub fn notice(grace: Duration) -> String {
    format!("notice: server shutting down in {} ms", grace.as_millis())
}

/// The answer to one line, and whether the conversation ends with it: an
/// echo, and `bye` to `quit`. Do not change it.
pub fn answer(line: &str) -> (String, bool) {
    match line {
        "quit" => ("bye".to_owned(), true),
        _ => (line.to_owned(), false),
    }
}

/// Serves clients until `stop` is cancelled. Then: no new client gets in;
/// each client still connected gets `notice(grace)` and goes on being
/// served; when the last one leaves, or at the latest `grace` after `stop`,
/// every client still there gets `BYE` and is disconnected. Returns once
/// every connection is closed.
pub async fn serve(
    listener: TcpListener,
    stop: CancellationToken,
    grace: Duration,
) -> std::io::Result<()> {
    // TODO: accept until `stop`; track the connections; then stop
    // accepting, wait for them up to `grace`, and cut what is left.
    todo!("serve until stopped, then shut down within the grace period")
}

/// One client: `answer` each line, until the client leaves (or says
/// `quit`). When `stop` fires, send `notice(grace)` once and go on; when
/// `cut` fires, send `BYE` and hang up.
pub async fn connection(
    socket: TcpStream,
    stop: CancellationToken,
    cut: CancellationToken,
    grace: Duration,
) {
    // TODO: frame the socket; in a loop, wait for whichever comes first:
    // `cut`, `stop` (once), or the next line.
    todo!("answer lines; on stop, a notice; on cut, BYE")
}
