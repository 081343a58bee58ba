use std::time::Duration;

// The program pauses its own clock, so it finishes at once: run it.
#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-05-13"), Duration::from_secs(30));
    assert!(run.success, "the listing failed:\n{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
