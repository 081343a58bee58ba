//! Chat server, stage 3: every message to every client. This is stage
//! 2's solution, where each client talks only to the server: make every
//! client hear what the others say.
use futures::{SinkExt, StreamExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_util::codec::{Framed, LinesCodec};

/// The longest line a client may send, in bytes.
pub const MAX_LINE: usize = 1024;
/// The longest name, in characters.
pub const MAX_NAME: usize = 16;

/// Accepts clients for ever, each served by a task of its own. The n-th
/// client accepted is called `guest-n`, from 1.
pub async fn serve(listener: TcpListener) -> std::io::Result<()> {
    let mut next_id = 0;
    loop {
        let (socket, _) = listener.accept().await?;
        next_id += 1;
        tokio::spawn(connection(socket, next_id));
    }
}

/// What one line from a client asks for.
enum Command<'a> {
    Say(&'a str),
    Nick(&'a str),
    Quit,
    Nothing,
    Wrong(String),
}

fn command(line: &str) -> Command<'_> {
    if line.trim().is_empty() {
        return Command::Nothing;
    }
    if !line.starts_with('/') {
        return Command::Say(line);
    }
    let mut words = line.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some("/nick"), Some(name), None) if name.chars().count() <= MAX_NAME => {
            Command::Nick(name)
        }
        (Some("/nick"), ..) => Command::Wrong("usage: /nick NAME".to_owned()),
        (Some("/quit"), ..) => Command::Quit,
        (Some(other), ..) => Command::Wrong(format!("unknown command: {other}")),
        (None, ..) => Command::Nothing,
    }
}

/// Serves one client: answers each line as the protocol says, until the
/// client leaves or says `/quit`.
///
/// TODO: messages, arrivals, departures and new names go to every client;
/// the answers to mistakes and `/quit` only to the client that sent them.
pub async fn connection(socket: TcpStream, id: u64) {
    let mut lines = Framed::new(socket, LinesCodec::new_with_max_length(MAX_LINE));
    let mut name = format!("guest-{id}");
    if lines.send(format!("* {name} joined")).await.is_err() {
        return;
    }
    while let Some(Ok(line)) = lines.next().await {
        let reply = match command(&line) {
            Command::Say(text) => format!("{name}: {text}"),
            Command::Nick(new) => {
                let reply = format!("* {name} is now {new}");
                name = new.to_owned();
                reply
            }
            Command::Quit => {
                let _ = lines.send("* bye").await;
                return;
            }
            Command::Nothing => continue,
            Command::Wrong(error) => format!("! {error}"),
        };
        if lines.send(reply).await.is_err() {
            return;
        }
    }
}
