use listing_03_12::{REQUEST_ID, handle, spawned_inside};
use std::time::Duration;

#[test]
fn prints_what_the_book_shows() {
    let run = support::run_bin(env!("CARGO_BIN_EXE_listing-03-12"), Duration::from_secs(10));
    assert!(run.success, "{}", run.stderr);
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

// Many requests interleaved on one thread: none sees another's id.
#[tokio::test(start_paused = true)]
async fn concurrent_requests_each_see_their_own_id() {
    let all = futures::future::join_all((0..50).map(handle)).await;
    for (id, lines) in all.iter().enumerate() {
        assert_eq!(lines.len(), 3);
        for line in lines {
            assert!(line.starts_with(&format!("[request {id}] ")), "{line}");
        }
    }
}

#[tokio::test]
async fn outside_any_scope_there_is_no_value() {
    assert!(REQUEST_ID.try_with(|id| *id).is_err());
    assert_eq!(spawned_inside(3).await, None);
}
