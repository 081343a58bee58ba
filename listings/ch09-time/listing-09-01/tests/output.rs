//! `main` waits two seconds in real time, so this test calls the function
//! that makes its line on the paused clock instead of running the binary.

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let line = listing_09_01::run().await;
    support::assert_output(
        &line,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
