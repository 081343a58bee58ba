//! Solution: sessions that close one at a time, or all together.
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// What a session did, and when (on tokio's clock).
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The session measured reading `n` (1, 2, 3, …) and holds it in memory.
    Tick { session: u32, n: u32, at: Instant },
    /// The session wrote these readings to disk: now they are safe.
    Flushed {
        session: u32,
        readings: Vec<u32>,
        at: Instant,
    },
    /// The session ended.
    Closed { session: u32, at: Instant },
}

/// A log of events, shared by the sessions. Do not change it.
#[derive(Clone, Default)]
pub struct Log(Arc<Mutex<Vec<Event>>>);

impl Log {
    pub fn push(&self, event: Event) {
        self.0.lock().unwrap().push(event);
    }

    pub fn events(&self) -> Vec<Event> {
        self.0.lock().unwrap().clone()
    }
}

/// How often a session takes a reading.
pub const EVERY: Duration = Duration::from_millis(100);
/// A session writes its readings to disk in batches of this many.
pub const BATCH: usize = 3;

/// Writes `readings` to disk, which takes 50 ms, then logs `Flushed`. The
/// readings are safe only once it has finished. Do not change it.
pub async fn flush(session: u32, readings: Vec<u32>, log: &Log) {
    tokio::time::sleep(Duration::from_millis(50)).await;
    let at = Instant::now();
    log.push(Event::Flushed {
        session,
        readings,
        at,
    });
}

/// One session. Every `EVERY` (the first one `EVERY` after it starts) it
/// takes reading 1, 2, 3, … and logs a `Tick`; every `BATCH` readings it
/// flushes them. When `token` is cancelled, it takes no more readings,
/// flushes the ones it holds (none may be lost, and a flush already under
/// way is never cut short), logs `Closed`, and returns.
pub async fn session(id: u32, token: CancellationToken, log: Log) {
    let mut ticks = tokio::time::interval_at(Instant::now() + EVERY, EVERY);
    let mut held = Vec::new();
    let mut n = 0;
    loop {
        // Race the token against the wait for the next reading only: a
        // flush is never inside the select!, so a cancel cannot cut it.
        tokio::select! {
            biased;
            () = token.cancelled() => break,
            _ = ticks.tick() => {}
        }
        n += 1;
        log.push(Event::Tick {
            session: id,
            n,
            at: Instant::now(),
        });
        held.push(n);
        if held.len() == BATCH {
            flush(id, std::mem::take(&mut held), &log).await;
        }
    }
    if !held.is_empty() {
        flush(id, held, &log).await;
    }
    let at = Instant::now();
    log.push(Event::Closed { session: id, at });
}

/// A server of sessions.
pub struct Server {
    root: CancellationToken,
    tracker: TaskTracker,
    sessions: HashMap<u32, CancellationToken>,
    log: Log,
}

impl Server {
    /// A server with no sessions. Do not change it.
    pub fn new(log: &Log) -> Server {
        Server {
            root: CancellationToken::new(),
            tracker: TaskTracker::new(),
            sessions: HashMap::new(),
            log: log.clone(),
        }
    }

    /// Starts session `id` as a task of its own.
    pub fn open(&mut self, id: u32) {
        // A child token: cancelled by its own `cancel`, or by the root's.
        let token = self.root.child_token();
        self.sessions.insert(id, token.clone());
        self.tracker.spawn(session(id, token, self.log.clone()));
    }

    /// Closes session `id` alone; the others go on. Closing a session that
    /// is not open, or twice, does nothing.
    pub fn close(&mut self, id: u32) {
        if let Some(token) = self.sessions.remove(&id) {
            token.cancel();
        }
    }

    /// Closes every session, and returns once all of them have flushed
    /// their readings and ended.
    pub async fn shutdown(self) {
        self.root.cancel();
        self.tracker.close();
        self.tracker.wait().await;
    }
}
