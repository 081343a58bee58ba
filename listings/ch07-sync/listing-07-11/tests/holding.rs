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
