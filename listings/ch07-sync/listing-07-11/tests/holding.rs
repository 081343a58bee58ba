use listing_07_11::{Guard, bump_and_save_dropped, bump_and_save_holding, bump_and_save_scoped};
use listing_07_11::{mutex_during_save, report};
use std::sync::Mutex;
use std::time::Duration;
use tokio::time::timeout;

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = timeout(Duration::from_secs(10), report())
        .await
        .expect("report hung");
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn a_guard_held_across_await_keeps_the_mutex_locked_while_suspended() {
    assert_eq!(mutex_during_save(Guard::Held).await, "locked");
}

#[tokio::test(start_paused = true)]
async fn a_dropped_or_scoped_guard_leaves_the_mutex_free_during_the_await() {
    assert_eq!(mutex_during_save(Guard::Dropped).await, "free");
    assert_eq!(mutex_during_save(Guard::Scoped).await, "free");
}

#[tokio::test(start_paused = true)]
async fn all_versions_count_the_same() {
    let counter = Mutex::new(0);
    assert_eq!(bump_and_save_holding(&counter).await, 1);
    assert_eq!(bump_and_save_dropped(&counter).await, 2);
    assert_eq!(bump_and_save_scoped(&counter).await, 3);
}

#[test]
fn the_program_prints_it_too() {
    // The real binary, on the real clock: it checks the mutex during each save, not how long a save takes.
    let run = support::run_bin(
        env!("CARGO_BIN_EXE_listing-07-11"),
        std::time::Duration::from_secs(30),
    );
    assert!(run.success, "the program failed: {}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
