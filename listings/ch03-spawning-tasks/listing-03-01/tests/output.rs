use std::time::Duration;

// The two tasks run on the runtime's worker threads, so "Task 1" and "Task 2"
// may be printed in either order: compare the lines, not their order.
#[test]
fn prints_what_the_book_shows_in_some_order() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-03-01"), Duration::from_secs(30));
    assert!(run.success, "the listing failed:\n{}", run.stderr);
    support::assert_output_unordered(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// The results line always comes last: both handles are awaited before it.
#[test]
fn results_come_after_both_tasks() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-03-01"), Duration::from_secs(30));
    assert!(run.success, "the listing failed:\n{}", run.stderr);
    assert_eq!(run.stdout.lines().last(), Some("Results: 42, 100"));
}
