use listing_01_06::{Forgetful, signal};
use std::future::Future;
use std::pin::pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::time::Duration;
use tokio::time::timeout;

/// A waker that counts how often it was woken.
#[derive(Default)]
struct Counter(AtomicUsize);

impl Wake for Counter {
    fn wake(self: Arc<Self>) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-01-06"), Duration::from_secs(10));
    assert!(run.success, "{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// Polled by hand: Pending first, one wake from the other thread, then Ready.
#[test]
fn the_signal_stores_its_waker_and_is_woken_once() {
    let counter = Arc::new(Counter::default());
    let waker = Waker::from(Arc::clone(&counter));
    let mut cx = Context::from_waker(&waker);
    let (trigger, signal) = signal();
    let mut signal = pin!(signal);

    assert_eq!(signal.as_mut().poll(&mut cx), Poll::Pending);
    assert_eq!(counter.0.load(Ordering::SeqCst), 0, "nothing fired yet");

    std::thread::spawn(move || trigger.fire()).join().unwrap();
    assert_eq!(counter.0.load(Ordering::SeqCst), 1, "fire() woke the waker");
    assert_eq!(signal.as_mut().poll(&mut cx), Poll::Ready(()));
}

// In a task: the task parks on Pending and runs again when the thread fires.
#[tokio::test(start_paused = true)]
async fn a_task_awaiting_the_signal_finishes_after_the_thread_fires() {
    let (trigger, signal) = signal();
    let task = tokio::spawn(signal);
    tokio::task::yield_now().await; // the task polls the signal: Pending
    assert!(!task.is_finished());
    std::thread::spawn(move || trigger.fire()).join().unwrap();
    timeout(Duration::from_secs(5), task)
        .await
        .expect("the woken task finished")
        .unwrap();
}

// Without a stored waker, setting the flag does not help: the task is never
// polled again. The paused clock jumps over the 5 s at once.
#[tokio::test(start_paused = true)]
async fn a_future_that_forgets_the_waker_sleeps_forever() {
    let fired = Arc::new(Mutex::new(false));
    let task = tokio::spawn(Forgetful {
        fired: Arc::clone(&fired),
    });
    tokio::task::yield_now().await; // polled once: Pending
    let flag = Arc::clone(&fired);
    std::thread::spawn(move || *flag.lock().unwrap() = true)
        .join()
        .unwrap();
    assert!(
        timeout(Duration::from_secs(5), task).await.is_err(),
        "the flag is set, yet the task was never polled again"
    );
    assert!(*fired.lock().unwrap());
}
