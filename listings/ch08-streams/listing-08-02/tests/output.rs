use std::time::Duration;

#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-08-02"), Duration::from_secs(30));
    assert!(run.success, "the listing failed:\n{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test]
async fn numbers_every_word_from_one() {
    let lines = listing_08_02::numbered(vec!["a", "b"]).await;
    assert_eq!(lines, ["1. a", "2. b"]);
    assert!(listing_08_02::numbered(vec![]).await.is_empty());
}
