//! Chat server, stage 1: an echo server, one task per client.
use tokio::net::{TcpListener, TcpStream};

/// The longest line a client may send, in bytes.
pub const MAX_LINE: usize = 1024;

/// Accepts clients for ever, each served by a task of its own.
pub async fn serve(listener: TcpListener) -> std::io::Result<()> {
    // TODO: accept each client and serve it with `connection`, without
    // making the next client wait for the previous one to leave.
    let _ = listener;
    todo!("the accept loop")
}

/// Sends each line the client sends back to it, until it leaves.
pub async fn connection(socket: TcpStream) {
    // TODO: read the socket line by line (at most MAX_LINE bytes a line),
    // and send each line back, with its newline.
    let _ = socket;
    todo!("the echo")
}
