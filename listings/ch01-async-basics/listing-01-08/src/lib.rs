//! Listing 1-8: listing 1-4's two lookups again, each noting on a timeline
//! when it starts to wait and when it is done.
use std::time::Duration;
use support::timeline::Recorder;
use tokio::time::sleep;

// ANCHOR: fetch
/// Listing 1-4's `fetch`, with a recorder: a lane per lookup.
pub async fn fetch(rec: &Recorder, what: &str) -> String {
    rec.start(what, "");
    rec.wait(what, "sleep 1 s");
    sleep(Duration::from_secs(1)).await;
    rec.end(what, "done");
    format!("{what} data")
}

pub async fn one_after_the_other(rec: &Recorder) -> (String, String) {
    let user = fetch(rec, "user").await;
    let orders = fetch(rec, "orders").await;
    (user, orders)
}

pub async fn both_at_once(rec: &Recorder) -> (String, String) {
    tokio::join!(fetch(rec, "user"), fetch(rec, "orders"))
}
// ANCHOR_END: fetch
