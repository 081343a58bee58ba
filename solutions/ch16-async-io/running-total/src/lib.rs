//! Exercise: a line server that keeps a running total per connection.
use std::io;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// Accepts connections for ever; each one is served by `handle` on a task
/// of its own, so that one slow client never holds up another.
pub async fn serve(listener: TcpListener) -> io::Result<()> {
    loop {
        let (socket, _) = listener.accept().await?;
        tokio::spawn(async move {
            let _ = handle(socket).await;
        });
    }
}

/// Serves one client. Each line holds a whole number (`i64`); the answer
/// is the sum of the numbers this client has sent so far. A line that is
/// not a number gets ``error: not a number: `LINE` `` and leaves the sum as
/// it was. Returns when the client closes its side.
pub async fn handle(mut socket: TcpStream) -> io::Result<()> {
    let (reader, mut writer) = socket.split();
    let mut lines = BufReader::new(reader).lines();
    let mut total: i64 = 0;
    while let Some(line) = lines.next_line().await? {
        let reply = match line.trim().parse::<i64>() {
            Ok(n) => {
                total += n;
                total.to_string()
            }
            Err(_) => format!("error: not a number: `{line}`"),
        };
        writer.write_all(format!("{reply}\n").as_bytes()).await?;
    }
    Ok(())
}
