//! Listing 10-10: listing 10-8's three fetches, each noting on a timeline
//! when it waits, when it is done, and when it is dropped unfinished.
use std::time::Duration;
use support::timeline::Recorder;
use tokio::time::sleep;

// ANCHOR: fetch
/// Waits `secs`, then succeeds or fails; notes a drop if it never got there.
async fn fetch(rec: &Recorder, name: &str, secs: u64, ok: bool) -> Result<(), String> {
    let mut noted = DropNote {
        rec,
        lane: name,
        done: false,
    };
    rec.wait(name, &format!("{secs} s"));
    sleep(Duration::from_secs(secs)).await;
    noted.done = true;
    if ok {
        rec.end(name, "ok");
        Ok(())
    } else {
        rec.end(name, "Err");
        Err(format!("the {name} service is unavailable"))
    }
}

pub async fn load_page(rec: &Recorder) -> Result<((), (), ()), String> {
    tokio::try_join!(
        fetch(rec, "user", 1, true),
        fetch(rec, "orders", 2, false),
        fetch(rec, "prefs", 10, true),
    )
}

pub async fn load_everything(rec: &Recorder) {
    let _ = tokio::join!(
        fetch(rec, "user", 1, true),
        fetch(rec, "orders", 2, false),
        fetch(rec, "prefs", 10, true),
    );
}
// ANCHOR_END: fetch

/// Notes on the timeline when a fetch is dropped before it is done.
struct DropNote<'a> {
    rec: &'a Recorder,
    lane: &'a str,
    done: bool,
}

impl Drop for DropNote<'_> {
    fn drop(&mut self) {
        if !self.done {
            self.rec.dropped(self.lane, "dropped");
        }
    }
}
