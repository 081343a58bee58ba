//! Wrong: the actor replies before it applies the increment.
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

    async fn ask(&self, command: Command) -> Result<u64, ActorStopped> {
        let (reply_to, reply) = oneshot::channel();
        self.inbox
            .send((command, reply_to))
            .await
            .map_err(|_| ActorStopped)?;
        reply.await.map_err(|_| ActorStopped)
    }
}

pub async fn run_counter(mut inbox: mpsc::Receiver<Request>) -> u64 {
    let mut count = 0;
    while let Some((command, reply_to)) = inbox.recv().await {
        // Answer first, so the caller is not kept waiting...
        let _ = reply_to.send(count);
        if let Command::Increment(by) = command {
            count += by;
        }
    }
    count
}
