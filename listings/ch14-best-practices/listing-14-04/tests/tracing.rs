//! The subscriber writes into a buffer the test can read. It is installed
//! for this test's thread only (`set_default`), never globally, so tests
//! running side by side do not see each other's output.
use listing_14_04::{handle, run, subscriber};
use std::io;
use std::sync::{Arc, Mutex};

// ANCHOR: buffer
/// An in-memory writer. Cloning it shares the same bytes.
#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl io::Write for Buffer {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Buffer {
    fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
    }
}
// ANCHOR_END: buffer

// ANCHOR: test
// The paused clock makes the 100 ms sleeps instant. The current-thread
// runtime polls the spawned tasks on this thread, where the default is set.
#[tokio::test(start_paused = true)]
async fn events_carry_the_task_and_job_spans() {
    let buffer = Buffer::default();
    let writer = buffer.clone();
    // A closure returning a writer is a MakeWriter: one writer per event.
    let _guard = tracing::subscriber::set_default(subscriber(move || writer.clone()));

    assert_eq!(run(vec![3, 7]).await, vec![6, 14]);

    let text = buffer.text();
    assert!(
        text.contains("INFO worker{id=1}:handle{job=7}: started"),
        "{text}"
    );
    assert!(
        text.contains("INFO worker{id=1}:handle{job=7}: finished result=14"),
        "{text}"
    );
    assert!(text.contains("INFO all jobs done count=2"), "{text}");
}
// ANCHOR_END: test

#[test]
fn a_sync_caller_can_use_with_default() {
    let buffer = Buffer::default();
    let writer = buffer.clone();
    tracing::subscriber::with_default(subscriber(move || writer.clone()), || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .start_paused(true)
            .build()
            .unwrap();
        assert_eq!(runtime.block_on(handle(5)), 10);
    });
    let text = buffer.text();
    assert!(text.contains("handle{job=5}: finished result=10"), "{text}");
    assert!(
        !text.contains("worker"),
        "no worker span around a direct call"
    );
}

#[tokio::test(start_paused = true)]
async fn the_default_ends_with_its_guard() {
    let buffer = Buffer::default();
    let writer = buffer.clone();
    let guard = tracing::subscriber::set_default(subscriber(move || writer.clone()));
    handle(1).await;
    drop(guard);
    handle(2).await;
    let text = buffer.text();
    assert!(text.contains("handle{job=1}"), "{text}");
    assert!(
        !text.contains("handle{job=2}"),
        "after the guard is dropped, events no longer reach this subscriber:\n{text}"
    );
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-14-04"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
