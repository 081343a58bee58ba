use std::time::Duration;

#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-12-10"), Duration::from_secs(10));
    assert!(run.success, "{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn retries_until_it_succeeds_and_no_further() {
    let (outcome, calls) = listing_12_10::connect_with_retries(5, 0).await;
    assert_eq!((outcome, calls), (Ok("connected"), vec![1]));
    let (outcome, calls) = listing_12_10::connect_with_retries(5, 4).await;
    assert_eq!((outcome, calls.len()), (Ok("connected"), 5));
    let (outcome, calls) = listing_12_10::connect_with_retries(3, 9).await;
    assert_eq!(outcome, Err("busy (call 3)".to_owned()));
    assert_eq!(calls.len(), 3, "gave up after three tries");
}
