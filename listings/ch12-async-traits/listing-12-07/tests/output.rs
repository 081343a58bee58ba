//! `main` waits for the remote backend, so this test calls the function that
//! makes its lines on the paused clock instead of running the binary.

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = listing_12_07::demo().await;
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-12-07"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
