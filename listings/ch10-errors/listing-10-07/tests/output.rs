use std::time::Duration;

/// The panic of job "0" is printed on stderr by the panic hook; the book
/// shows stdout.
#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-10-07"), Duration::from_secs(30));
    assert!(run.success, "the listing failed:\n{}", run.stderr);
    assert!(
        run.stderr.contains("attempt to divide by zero"),
        "{}",
        run.stderr
    );
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
