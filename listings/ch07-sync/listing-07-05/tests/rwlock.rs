use listing_07_05::readers_and_writer;
use std::time::Duration;
use tokio::time::{Instant, timeout};

async fn run() -> Vec<String> {
    timeout(Duration::from_secs(10), readers_and_writer())
        .await
        .expect("the tasks hung")
}

fn position(log: &[String], line: &str) -> usize {
    log.iter()
        .position(|l| l == line)
        .unwrap_or_else(|| panic!("no line {line:?} in {log:#?}"))
}

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    support::assert_output(
        &run().await.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn both_readers_hold_the_lock_at_the_same_time() {
    let start = Instant::now();
    let log = run().await;
    let first_done = position(&log, "reader 1 done").min(position(&log, "reader 2 done"));
    assert!(
        position(&log, "reader 1 sees [1, 2, 3]") < first_done
            && position(&log, "reader 2 sees [1, 2, 3]") < first_done,
        "both read guards must be taken before either is released: {log:#?}"
    );
    // Each reader holds its guard 100 ms. Shared, they overlap: 100 ms in all.
    // A mutex would have made it 200 ms.
    assert_eq!(start.elapsed(), Duration::from_millis(100));
}

#[tokio::test(start_paused = true)]
async fn the_writer_waits_for_both_readers() {
    let log = run().await;
    let writer = position(&log, "writer pushed 4");
    assert!(writer > position(&log, "reader 1 done"), "{log:#?}");
    assert!(writer > position(&log, "reader 2 done"), "{log:#?}");
    assert_eq!(log.last().unwrap(), "final: [1, 2, 3, 4]");
}

#[test]
fn the_program_prints_it_too() {
    // The real binary, on the real clock: a current-thread runtime; its sleeps only order the tasks.
    let run = support::run_bin(
        env!("CARGO_BIN_EXE_listing-07-05"),
        std::time::Duration::from_secs(30),
    );
    assert!(run.success, "the program failed: {}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
