use std::time::Duration;

#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-02-03"), Duration::from_secs(30));
    assert!(run.success, "the listing failed:\n{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[test]
fn prints_the_same_as_tokio_main() {
    let dir = env!("CARGO_MANIFEST_DIR");
    assert_eq!(
        support::read(dir, "output.txt"),
        support::read(dir, "../listing-02-01/output.txt"),
        "the book says listing 2-3 prints what listing 2-1 prints"
    );
}

#[test]
fn panics_without_the_timer() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_no-drivers"), Duration::from_secs(30));
    assert!(
        !run.success,
        "no-drivers should panic, but it succeeded:\n{}",
        run.stdout
    );
    let expected = support::read(env!("CARGO_MANIFEST_DIR"), "no-drivers.txt");
    assert!(
        run.stderr.contains(expected.trim_end()),
        "no-drivers did not panic with the message in no-drivers.txt, which the book shows.\n\
         --- no-drivers.txt ---\n{expected}\n--- it printed on stderr ---\n{}",
        run.stderr
    );
}
