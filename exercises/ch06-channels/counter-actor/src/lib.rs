//! Exercise: a counter owned by an actor task.
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

/// What a handle can ask the counter.
#[derive(Debug)]
pub enum Command {
    /// Reply with the count.
    Get,
    /// Add to the count, then reply with the new count.
    Increment(u64),
}

/// A command, and the oneshot Sender to reply on.
pub type Request = (Command, oneshot::Sender<u64>);

/// The actor is gone: no reply will ever come.
#[derive(Debug, PartialEq, Eq)]
pub struct ActorStopped;

/// Room in the actor's inbox.
pub const INBOX: usize = 8;

/// A handle to the counter. Clones talk to the same actor.
#[derive(Clone)]
pub struct Counter {
    inbox: mpsc::Sender<Request>,
}

impl Counter {
    /// Starts the actor, count 0. The `JoinHandle` yields the final count
    /// once every handle is dropped. Do not change this function.
    pub fn spawn() -> (Counter, JoinHandle<u64>) {
        let (inbox, rx) = mpsc::channel(INBOX);
        (Counter { inbox }, tokio::spawn(run_counter(rx)))
    }

    pub async fn get(&self) -> Result<u64, ActorStopped> {
        self.ask(Command::Get).await
    }

    /// Adds `by` and returns the count after the change.
    pub async fn increment(&self, by: u64) -> Result<u64, ActorStopped> {
        self.ask(Command::Increment(by)).await
    }

    /// Sends `command` to the actor, with a fresh oneshot channel for the
    /// reply, and waits for that reply. `Err(ActorStopped)` if the actor is
    /// gone (the inbox is closed, or the reply Sender was dropped).
    async fn ask(&self, command: Command) -> Result<u64, ActorStopped> {
        // TODO: make a oneshot channel, send (command, its Sender) into
        // the inbox, then await its Receiver.
        todo!("send {command:?} to the actor and wait for its reply")
    }
}

/// The actor. It owns the count, which starts at 0. For each request it
/// applies the command, then replies with the count after it. When every
/// `Counter` is dropped, it returns the final count.
pub async fn run_counter(mut inbox: mpsc::Receiver<Request>) -> u64 {
    // TODO: receive requests until the inbox closes, answer each one,
    // then return the count.
    todo!("the actor's loop")
}
