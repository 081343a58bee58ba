//! Listing 16-2: a line protocol. `BufReader::lines` reads one command per
//! line from the read half of the socket; answers go to the write half.
use std::io;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

// ANCHOR: answer
/// The answer to one line, and whether the server hangs up after it.
pub fn answer(line: &str) -> (String, bool) {
    let (command, rest) = line.split_once(' ').unwrap_or((line, ""));
    match command {
        "echo" => (rest.to_owned(), false),
        "upper" => (rest.to_uppercase(), false),
        "quit" => ("bye".to_owned(), true),
        other => (format!("error: unknown command `{other}`"), false),
    }
}
// ANCHOR_END: answer

// ANCHOR: handle
/// Serves one client: a line in, a line out, until `quit` or end of stream.
pub async fn handle(mut socket: TcpStream) -> io::Result<()> {
    let (reader, mut writer) = socket.split();
    let mut lines = BufReader::new(reader).lines();
    while let Some(line) = lines.next_line().await? {
        let (reply, quit) = answer(&line);
        writer.write_all(format!("{reply}\n").as_bytes()).await?;
        if quit {
            break;
        }
    }
    Ok(())
}
// ANCHOR_END: handle

/// The accept loop of listing 16-1, with `handle` for each connection.
pub async fn serve(listener: TcpListener) -> io::Result<()> {
    loop {
        let (socket, _) = listener.accept().await?;
        tokio::spawn(handle(socket));
    }
}
