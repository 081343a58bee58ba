use std::time::Duration;

#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-08-14"), Duration::from_secs(10));
    assert!(run.success, "{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// Jobs 1 and 2 were ready at 300 ms. Nobody polled them until the loop came
// back at 1100 ms; then the stream handed out job 1 and went straight back to
// the caller, so job 2 waited another second.
#[tokio::test(start_paused = true)]
async fn work_inside_the_stream_stalls_while_the_loop_awaits() {
    let done = listing_08_14::stalled().await;
    assert_eq!(done, [(0, 100), (1, 1100), (2, 2100)]);
}

#[tokio::test(start_paused = true)]
async fn spawned_work_finishes_on_time() {
    let done = listing_08_14::spawned().await;
    assert_eq!(done, [(0, 100), (1, 300), (2, 300)]);
}
