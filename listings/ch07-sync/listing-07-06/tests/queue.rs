use listing_07_06::late_reader;
use std::time::Duration;
use tokio::sync::RwLock;
use tokio::time::{Instant, sleep, timeout};

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(Duration::from_secs(10), late_reader())
        .await
        .expect("the tasks hung");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn a_late_reader_waits_behind_a_waiting_writer() {
    let start = Instant::now();
    let lines = timeout(Duration::from_secs(10), late_reader())
        .await
        .expect("the tasks hung");
    // Reader B asked at 20 ms, while A still held a read guard, yet it saw
    // the writer's 4: it was let in only after the writer.
    assert_eq!(lines[2], "reader B sees [1, 2, 3, 4]");
    assert_eq!(start.elapsed(), Duration::from_millis(100));
}

// The trap this creates: a task that takes a second read guard while it
// still holds a first one waits forever once a writer is queued between them.
#[tokio::test(start_paused = true)]
async fn a_second_read_guard_in_the_same_task_can_deadlock() {
    let lock = std::sync::Arc::new(RwLock::new(0));
    let first = lock.read().await;

    let writer = tokio::spawn({
        let lock = lock.clone();
        async move {
            *lock.write().await += 1;
        }
    });
    sleep(Duration::from_millis(1)).await; // let the writer join the queue

    let second = timeout(Duration::from_secs(5), lock.read()).await;
    assert!(
        second.is_err(),
        "the second read() must wait behind the writer, which waits for `first`"
    );

    drop(first); // release the first guard: the writer can go, and all is well again
    writer.await.unwrap();
    assert_eq!(*lock.read().await, 1);
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-07-06"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
