use std::time::Duration;

#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-06-05"), Duration::from_secs(30));
    assert!(run.success, "the listing failed:\n{}", run.stderr);
    // Three tasks race on a multi-threaded runtime: any order is correct.
    support::assert_output_unordered(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
