use std::sync::Arc;
use std::time::Duration;

#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-03-04"), Duration::from_secs(30));
    assert!(run.success, "the listing failed:\n{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// Each task owned one clone of the Arc and dropped it when it finished: once
// `describe` returns, the caller's is the only owner left.
#[tokio::test(start_paused = true)]
async fn every_task_drops_its_clone() {
    let names = Arc::new(vec![String::from("ada"), String::from("grace")]);
    let lines = describe_with_timeout(Arc::clone(&names)).await;
    assert_eq!(lines, ["ada has 3 letters", "grace has 5 letters"]);
    assert_eq!(Arc::strong_count(&names), 1);
}

// The scoped version is Send, so it can be spawned on the multi-threaded runtime.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_scoped_version_can_be_spawned() {
    let count = tokio::time::timeout(
        Duration::from_secs(10),
        tokio::spawn(listing_03_04::count_then_wait()),
    )
    .await
    .expect("the task did not finish")
    .unwrap();
    assert_eq!(count, 2);
}

async fn describe_with_timeout(names: Arc<Vec<String>>) -> Vec<String> {
    tokio::time::timeout(Duration::from_secs(60), listing_03_04::describe(names))
        .await
        .expect("describe did not finish")
}

// An `Rc` that is only moved, never borrowed, is gone before the `.await`:
// the future is Send, so it can be spawned on the multi-threaded runtime.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_moved_version_can_be_spawned() {
    let count = tokio::time::timeout(
        Duration::from_secs(10),
        tokio::spawn(listing_03_04::move_then_wait()),
    )
    .await
    .expect("the task did not finish")
    .unwrap();
    assert_eq!(count, 2);
}
