//! `main` waits 200 ms (two lookups), so this test calls the function that
//! makes its lines on the paused clock instead of running the binary.

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = listing_12_01::demo().await;
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[test]
fn the_program_prints_it_too() {
    // The real binary, on the real clock: no timer at all.
    let run = support::run_bin(
        env!("CARGO_BIN_EXE_listing-12-01"),
        std::time::Duration::from_secs(30),
    );
    assert!(run.success, "the program failed: {}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
