use std::time::Duration;

#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-08-01"), Duration::from_secs(30));
    assert!(run.success, "the listing failed:\n{}", run.stderr);
    // One stream, read in order: the values come out in the order of the Vec.
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
