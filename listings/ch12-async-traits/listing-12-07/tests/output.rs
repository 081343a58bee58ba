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
