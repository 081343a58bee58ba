//! Solution: the notices are sent.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A fake mail server that keeps every message it was sent, in order. It
/// takes one message at a time: it notes when two sends overlap.
/// Do not change it.
#[derive(Clone, Default)]
pub struct Outbox {
    sent: Arc<Mutex<Vec<String>>>,
    sending: Arc<AtomicUsize>,
    most_at_once: Arc<AtomicUsize>,
}

impl Outbox {
    /// Sends one message. Takes 100 ms.
    pub async fn send(&self, to: &str, text: &str) {
        let now = self.sending.fetch_add(1, Ordering::SeqCst) + 1;
        self.most_at_once.fetch_max(now, Ordering::SeqCst);
        tokio::time::sleep(Duration::from_millis(100)).await;
        self.sent.lock().unwrap().push(format!("to {to}: {text}"));
        self.sending.fetch_sub(1, Ordering::SeqCst);
    }

    /// Every message sent so far, oldest first.
    pub fn sent(&self) -> Vec<String> {
        self.sent.lock().unwrap().clone()
    }

    /// The most sends that were ever in progress at once.
    pub fn most_at_once(&self) -> usize {
        self.most_at_once.load(Ordering::SeqCst)
    }
}

/// Sends `text` to every user in `users`, one after the other, in the order
/// given, and returns how many were sent. Every message must have been sent
/// when it returns.
pub async fn notify_all(outbox: &Outbox, users: &[&str], text: &str) -> usize {
    let mut count = 0;
    for user in users {
        // Calling an async fn only builds a future; `.await` runs it, and
        // waits for it before the loop moves on to the next user.
        outbox.send(user, text).await;
        count += 1;
    }
    count
}
