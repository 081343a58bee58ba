//! Listing 1-6: a future written by hand that stores its waker, and a
//! trigger that wakes it from another thread.

// ANCHOR: signal
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

/// What the future and its trigger share.
#[derive(Default)]
struct Shared {
    fired: bool,
    waker: Option<Waker>,
}

/// A future that is ready once its [`Trigger`] fires.
pub struct Signal {
    shared: Arc<Mutex<Shared>>,
}

/// Fires the [`Signal`]; can be sent to any thread.
pub struct Trigger {
    shared: Arc<Mutex<Shared>>,
}

pub fn signal() -> (Trigger, Signal) {
    let shared = Arc::new(Mutex::new(Shared::default()));
    let trigger = Trigger {
        shared: Arc::clone(&shared),
    };
    (trigger, Signal { shared })
}

impl Future for Signal {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut shared = self.shared.lock().unwrap();
        if shared.fired {
            return Poll::Ready(());
        }
        // Not ready: keep the waker of the task polling us *now* (it may
        // differ from last time), then tell the runtime "not yet".
        shared.waker = Some(cx.waker().clone());
        Poll::Pending
    }
}

impl Trigger {
    pub fn fire(self) {
        let waker = {
            let mut shared = self.shared.lock().unwrap();
            shared.fired = true;
            shared.waker.take()
        }; // the lock is released before waking
        if let Some(waker) = waker {
            waker.wake(); // the runtime polls the Signal's task again
        }
    }
}
// ANCHOR_END: signal

// ANCHOR: forgetful
/// Broken: the same future without the waker. It returns `Pending` and
/// leaves no way to be woken, so a task awaiting it sleeps forever, even
/// after the flag is set.
pub struct Forgetful {
    pub fired: Arc<Mutex<bool>>,
}

impl Future for Forgetful {
    type Output = ();

    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<()> {
        if *self.fired.lock().unwrap() {
            Poll::Ready(())
        } else {
            Poll::Pending // nobody will ever call wake()
        }
    }
}
// ANCHOR_END: forgetful
