use std::time::Duration;

// The program ends normally, although one of its tasks panicked.
#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-03-07"), Duration::from_secs(30));
    assert!(run.success, "the listing failed:\n{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// The panic hook still prints the usual message on stderr, from the worker
// thread that ran the task.
#[test]
fn the_panic_is_still_reported_on_stderr() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-03-07"), Duration::from_secs(30));
    assert!(
        run.stderr.contains("panicked at") && run.stderr.contains("the port must be a number"),
        "stderr was:\n{}",
        run.stderr
    );
}

#[test]
fn panic_message_reads_both_kinds_of_payload() {
    let literal = std::panic::catch_unwind(|| panic!("literal")).unwrap_err();
    assert_eq!(listing_03_07::panic_message(&*literal), "literal");
    let n = 3;
    let formatted = std::panic::catch_unwind(|| panic!("formatted {n}")).unwrap_err();
    assert_eq!(listing_03_07::panic_message(&*formatted), "formatted 3");
    let other = std::panic::catch_unwind(|| std::panic::panic_any(42)).unwrap_err();
    assert_eq!(
        listing_03_07::panic_message(&*other),
        "a panic with a payload that is not text"
    );
}
