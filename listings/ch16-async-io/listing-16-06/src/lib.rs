//! Listing 16-6: graceful shutdown of a server. Stop accepting, tell idle
//! clients goodbye, let requests in flight finish within a grace period,
//! then cancel what is left.
use futures::{SinkExt, StreamExt};
use std::future::Future;
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::time::timeout;
use tokio_util::codec::{Framed, LinesCodec};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

pub const BYE: &str = "bye: server shutting down";
pub const CUT: &str = "error: server shut down before your request finished";

// ANCHOR: serve
/// Serves until `stop` is cancelled, then shuts down gracefully and returns
/// once every connection is closed. `work` turns a request into its answer.
pub async fn serve<W, F>(
    listener: TcpListener,
    stop: CancellationToken,
    grace: Duration,
    work: W,
) -> std::io::Result<()>
where
    W: Fn(String) -> F + Clone + Send + 'static,
    F: Future<Output = String> + Send + 'static,
{
    let tracker = TaskTracker::new();
    let cut = CancellationToken::new(); // fires when the grace period is over
    let mut result = Ok(());
    loop {
        let accepted = tokio::select! {
            biased;
            () = stop.cancelled() => break,
            accepted = listener.accept() => accepted,
        };
        match accepted {
            Ok((socket, _)) => {
                let (stop, cut, work) = (stop.clone(), cut.clone(), work.clone());
                tracker.spawn(connection(socket, stop, cut, work));
            }
            Err(e) => {
                result = Err(e); // cannot accept: shut down, just as gracefully
                break;
            }
        }
    }
    drop(listener); // from here on, a new client is refused
    tracker.close();
    if timeout(grace, tracker.wait()).await.is_err() {
        cut.cancel(); // grace is over: cancel the requests still running
        tracker.wait().await;
    }
    result
}
// ANCHOR_END: serve

// ANCHOR: connection
async fn connection<W, F>(
    socket: TcpStream,
    stop: CancellationToken,
    cut: CancellationToken,
    work: W,
) where
    W: Fn(String) -> F,
    F: Future<Output = String>,
{
    let mut lines = Framed::new(socket, LinesCodec::new_with_max_length(8 * 1024));
    loop {
        // Between requests, shutdown wins at once.
        let line = tokio::select! {
            biased;
            () = stop.cancelled() => {
                let _ = lines.send(BYE).await;
                return;
            }
            line = lines.next() => match line {
                Some(Ok(line)) => line,
                _ => return, // hung up, or an error
            },
        };
        // A request in flight finishes, unless the grace period runs out.
        let reply = tokio::select! {
            reply = work(line) => reply,
            () = cut.cancelled() => {
                let _ = lines.send(CUT).await;
                return;
            }
        };
        if lines.send(reply).await.is_err() {
            return;
        }
    }
}
// ANCHOR_END: connection
