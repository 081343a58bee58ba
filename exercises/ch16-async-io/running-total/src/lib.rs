//! Exercise: a line server that keeps a running total per connection.
use std::io;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// Accepts connections for ever; each one is served by `handle` on a task
/// of its own, so that one slow client never holds up another.
pub async fn serve(listener: TcpListener) -> io::Result<()> {
    // TODO: accept in a loop; give each connection to `handle` on its own task.
    todo!("the accept loop, a task per connection")
}

/// Serves one client. Each line holds a whole number (`i64`); the answer
/// is the sum of the numbers this client has sent so far. A line that is
/// not a number gets ``error: not a number: `LINE` `` and leaves the sum as
/// it was. Returns when the client closes its side.
pub async fn handle(socket: TcpStream) -> io::Result<()> {
    // TODO: split the socket, read it line by line, answer each line.
    todo!("read lines, answer each with the running total")
}
