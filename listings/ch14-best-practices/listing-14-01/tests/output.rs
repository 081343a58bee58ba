//! `main` waits 100 ms for its simulated I/O, so this test calls the function
//! that makes its lines on the paused clock instead of running the binary.
use std::path::Path;

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let settings = Path::new(env!("CARGO_MANIFEST_DIR")).join("settings.txt");
    let lines = listing_14_01::report(settings).await.unwrap();
    support::assert_output(
        &lines.join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
