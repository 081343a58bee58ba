use std::time::Duration;

#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-03-11"), Duration::from_secs(10));
    assert!(run.success, "{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// On the paused clock the three local tasks finish in the order of their
// sleeps, concurrently: 30 ms in all, not 60.
#[tokio::test(start_paused = true)]
async fn local_tasks_run_concurrently_on_one_thread() {
    let start = tokio::time::Instant::now();
    let lines = listing_03_11::with_a_local_set().await;
    assert_eq!(lines, ["task 1 done", "task 2 done", "task 3 done"]);
    assert_eq!(start.elapsed(), Duration::from_millis(30));
}

// spawn_local outside a LocalSet or LocalRuntime panics with this message.
#[tokio::test]
async fn spawn_local_needs_a_local_context() {
    let outside = std::panic::catch_unwind(|| {
        drop(tokio::task::spawn_local(async {}));
    });
    let panic = outside.unwrap_err();
    let message = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or_default();
    assert!(message.contains("spawn_local"), "{message}");
}
