use std::collections::HashMap;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

// ANCHOR: messages
/// What a handle can ask the actor.
#[derive(Debug)]
pub enum Command {
    Get { key: String },
    Set { key: String, value: String },
}

/// Every command is answered with the key's value (for `Set`: the value
/// it replaced).
pub type Reply = Option<String>;

/// A command and the channel to answer it on.
type Request = (Command, oneshot::Sender<Reply>);

/// The actor has stopped: the handle cannot get an answer.
#[derive(Debug, PartialEq, Eq)]
pub struct ActorGone;
// ANCHOR_END: messages

// ANCHOR: actor
/// The actor: the only code that ever touches the map. It handles one
/// command at a time, so it needs no lock. It returns the final map once
/// every handle is dropped.
async fn run(mut inbox: mpsc::Receiver<Request>) -> HashMap<String, String> {
    let mut map = HashMap::new();
    while let Some((command, reply_to)) = inbox.recv().await {
        let reply = match command {
            Command::Get { key } => map.get(&key).cloned(),
            Command::Set { key, value } => map.insert(key, value),
        };
        // The asker may have given up and dropped its receiver. That is
        // its business: ignore the error rather than crash the actor.
        let _ = reply_to.send(reply);
    }
    map
}
// ANCHOR_END: actor

// ANCHOR: handle
/// A handle to the store. Clone it freely: every clone talks to the same
/// actor, and the actor stops when the last clone is dropped.
#[derive(Clone)]
pub struct Store {
    inbox: mpsc::Sender<Request>,
}

impl Store {
    /// Starts the actor. The `JoinHandle` yields its final map.
    pub fn spawn() -> (Store, JoinHandle<HashMap<String, String>>) {
        let (inbox, rx) = mpsc::channel(32);
        (Store { inbox }, tokio::spawn(run(rx)))
    }

    /// Sends a command with a fresh oneshot, then waits for the reply.
    async fn ask(&self, command: Command) -> Result<Reply, ActorGone> {
        let (reply_to, reply) = oneshot::channel();
        self.inbox
            .send((command, reply_to))
            .await
            .map_err(|_| ActorGone)?;
        reply.await.map_err(|_| ActorGone)
    }

    pub async fn get(&self, key: &str) -> Result<Option<String>, ActorGone> {
        self.ask(Command::Get {
            key: key.to_owned(),
        })
        .await
    }

    /// Sets `key` and returns the value it replaced.
    pub async fn set(&self, key: &str, value: &str) -> Result<Option<String>, ActorGone> {
        self.ask(Command::Set {
            key: key.to_owned(),
            value: value.to_owned(),
        })
        .await
    }
}
// ANCHOR_END: handle

// ANCHOR: demo
/// The lines `main` prints.
pub async fn demo() -> Result<Vec<String>, ActorGone> {
    let (store, actor) = Store::spawn();
    let mut lines = Vec::new();

    let other = store.clone(); // a second handle, in another task
    tokio::spawn(async move { other.set("lang", "rust").await })
        .await
        .unwrap()?;

    let old = store.set("lang", "Rust").await?;
    lines.push(format!("set lang = Rust, replacing {old:?}"));
    lines.push(format!("get lang: {:?}", store.get("lang").await?));
    lines.push(format!("get missing: {:?}", store.get("missing").await?));

    drop(store); // the last handle: the actor's loop ends
    let map = actor.await.unwrap();
    lines.push(format!("actor stopped, holding {} key(s)", map.len()));
    Ok(lines)
}
// ANCHOR_END: demo
