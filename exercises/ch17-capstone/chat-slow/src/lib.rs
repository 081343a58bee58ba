//! Chat server, stage 4: a slow client must not stall the others. This is
//! stage 3's solution, where every client's queue is unbounded: a client
//! that never reads makes the server hold every line for it, for ever.
use futures::{SinkExt, StreamExt};
use std::collections::HashMap;
use std::time::Duration;
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio_util::codec::{FramedRead, FramedWrite, LinesCodec};

/// The longest line a client may send, in bytes.
pub const MAX_LINE: usize = 1024;
/// The longest name, in characters.
pub const MAX_NAME: usize = 16;
/// The last line a client too slow to keep up is sent.
pub const TOO_SLOW: &str = "! too slow: disconnected";
/// How long the server tries to send `TOO_SLOW` before it hangs up.
pub const LAST_WORDS: Duration = Duration::from_secs(5);

/// How the server treats its clients.
#[derive(Clone, Debug)]
pub struct Config {
    /// How many lines may wait for a client before it is dropped.
    pub queue: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config { queue: 256 }
    }
}

/// What the connections tell the hub.
enum ToHub {
    /// A client arrived: from now on, send it every line.
    Join(u64, mpsc::UnboundedSender<String>),
    /// A client left: forget it, after sending it its last line, if any.
    Leave(u64, Option<&'static str>),
    /// A line for every client.
    Say(String),
}

/// Accepts clients for ever, each served by a task of its own. The n-th
/// client accepted is called `guest-n`, from 1.
pub async fn serve(listener: TcpListener, config: Config) -> std::io::Result<()> {
    // TODO: no more than `config.queue` lines may wait for a client; the
    // hub must never wait for one, and drops a client that falls behind.
    let _ = config;
    let (hub_tx, hub_rx) = mpsc::channel(1024);
    tokio::spawn(hub(hub_rx));
    let mut next_id = 0;
    loop {
        let (socket, _) = listener.accept().await?;
        next_id += 1;
        tokio::spawn(connection(socket, next_id, hub_tx.clone()));
    }
}

/// Owns the list of clients, and sends each line it is given to all of
/// them, in the order it was given.
async fn hub(mut inbox: mpsc::Receiver<ToHub>) {
    let mut clients = HashMap::new();
    while let Some(message) = inbox.recv().await {
        match message {
            ToHub::Join(id, queue) => {
                clients.insert(id, queue);
            }
            ToHub::Leave(id, last) => {
                if let Some(queue) = clients.remove(&id)
                    && let Some(last) = last
                {
                    let _ = queue.send(last.to_owned());
                }
            }
            ToHub::Say(line) => {
                for queue in clients.values() {
                    let _ = queue.send(line.clone());
                }
            }
        }
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

/// Serves one client: its lines go to the hub, and what the hub sends
/// goes to the client, at the same time.
async fn connection(socket: TcpStream, id: u64, hub: mpsc::Sender<ToHub>) {
    let (reader, writer) = socket.into_split();
    let (me, queue) = mpsc::unbounded_channel();
    let writing = tokio::spawn(write_lines(writer, queue));
    let mut name = format!("guest-{id}");
    // Join first, so that the client hears its own arrival.
    let _ = hub.send(ToHub::Join(id, me.clone())).await;
    let _ = hub.send(ToHub::Say(format!("* {name} joined"))).await;
    let last = read_lines(reader, &mut name, &hub, &me).await;
    // The last line goes through the hub, so that nothing comes after it.
    let _ = hub.send(ToHub::Leave(id, last)).await;
    let _ = hub.send(ToHub::Say(format!("* {name} left"))).await;
    // The hub has dropped its sender; once ours is gone too, the writer
    // sends what is left in the queue and hangs up.
    drop(me);
    let _ = writing.await;
}

/// Reads the client's lines until it leaves or says `/quit`, and returns
/// the last line to send it, if any. Messages go to everyone through the
/// hub; answers for this client alone go to `me`.
async fn read_lines(
    reader: OwnedReadHalf,
    name: &mut String,
    hub: &mpsc::Sender<ToHub>,
    me: &mpsc::UnboundedSender<String>,
) -> Option<&'static str> {
    let mut lines = FramedRead::new(reader, LinesCodec::new_with_max_length(MAX_LINE));
    while let Some(Ok(line)) = lines.next().await {
        let said = match command(&line) {
            Command::Say(text) => format!("{name}: {text}"),
            Command::Nick(new) => {
                let said = format!("* {name} is now {new}");
                *name = new.to_owned();
                said
            }
            Command::Quit => {
                return Some("* bye");
            }
            Command::Nothing => continue,
            Command::Wrong(error) => {
                let _ = me.send(format!("! {error}"));
                continue;
            }
        };
        let _ = hub.send(ToHub::Say(said)).await;
    }
    None
}

/// Writes the lines of the client's queue to it, until the queue closes.
async fn write_lines(writer: OwnedWriteHalf, mut queue: mpsc::UnboundedReceiver<String>) {
    let mut out = FramedWrite::new(writer, LinesCodec::new());
    while let Some(line) = queue.recv().await {
        if out.send(line).await.is_err() {
            return;
        }
    }
}
