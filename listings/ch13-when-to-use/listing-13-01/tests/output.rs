//! `main` takes four seconds in real time, so this test calls the function
//! that makes its lines on the paused clock instead of running the binary.

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let lines = listing_13_01::report().await;
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
