use listing_02_10::{lookup, on_a_plain_thread};
use std::time::Duration;
use tokio::runtime::Handle;

#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-02-10"), Duration::from_secs(10));
    assert!(run.success, "{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// ANCHOR: nested
// Handle::block_on on one of the runtime's own threads panics: it would
// block a worker that other tasks need.
#[tokio::test]
async fn block_on_inside_the_runtime_panics() {
    let handle = Handle::current();
    let task = tokio::spawn(async move { handle.block_on(lookup(1)) });
    let panic = task.await.unwrap_err().into_panic();
    let message = panic.downcast_ref::<&str>().copied().unwrap_or_default();
    assert!(
        message.contains("Cannot start a runtime from within a runtime"),
        "{message}"
    );
}
// ANCHOR_END: nested

// A plain thread with a Handle gets results from the runtime both ways.
#[test]
fn a_plain_thread_uses_the_runtime_both_ways() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let handle = runtime.handle().clone();
    let (now, later) = std::thread::spawn(move || on_a_plain_thread(handle, 41))
        .join()
        .unwrap();
    assert_eq!(now, "user-41");
    assert_eq!(runtime.block_on(later).unwrap(), "user-42");
}
