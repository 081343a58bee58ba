#[test]
fn prints_what_the_book_shows() {
    let lines = listing_06_02::try_fill(2, 4).join("\n");
    support::assert_output(
        &lines,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// The real binary: it prints what the book shows.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin(
        env!("CARGO_BIN_EXE_listing-06-02"),
        std::time::Duration::from_secs(60),
    );
    assert!(run.success, "{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
