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
    let tracker = TaskTracker::new();
    let cut = CancellationToken::new();
    let mut result = Ok(());
    loop {
        let accepted = tokio::select! {
            biased;
            () = stop.cancelled() => break,
            accepted = listener.accept() => accepted,
        };
        match accepted {
            Ok((socket, _)) => {
                let (stop, cut) = (stop.clone(), cut.clone());
                tracker.spawn(connection(socket, stop, cut, grace));
            }
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    drop(listener);
    tracker.close();
    if timeout(grace, tracker.wait()).await.is_err() {
        cut.cancel();
        tracker.wait().await;
    }
    result
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
    let mut lines = Framed::new(socket, LinesCodec::new_with_max_length(1024));
    let mut told = false;
    loop {
        tokio::select! {
            biased;
            () = cut.cancelled() => {
                let _ = lines.send(BYE).await;
                return;
            }
            () = stop.cancelled(), if !told => {
                told = true;
                if lines.send(notice(grace)).await.is_err() {
                    return;
                }
            }
            line = lines.next() => {
                let Some(Ok(line)) = line else { return };
                let (reply, quit) = answer(&line);
                if lines.send(reply).await.is_err() || quit {
                    return;
                }
            }
        }
    }
}
