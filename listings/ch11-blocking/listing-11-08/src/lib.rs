//! Listing 11-8: listing 11-1's heartbeat and handlers as a model on tokio's
//! paused clock, noting each event on a timeline.
//!
//! Real blocking takes real time, which a picture cannot repeat byte for
//! byte. So this model stands in for it: a blocking call *moves the clock*
//! without letting any other task run (`tokio::time::advance`), which is
//! what a real one does to its thread; and the blocking pool's thread is a
//! lane of its own. Listing 11-1's tests show the same thing with real
//! threads.
use std::time::Duration;
use support::timeline::Recorder;
use tokio::time::{Instant, sleep};

const BLOCKS_FOR: Duration = Duration::from_millis(300);

// ANCHOR: model
/// A heartbeat that means to beat every 100 ms, and says when it is late.
async fn heartbeat(rec: Recorder) {
    let mut due = Instant::now();
    loop {
        let late = Instant::now() > due;
        rec.tick("heartbeat", if late { "late" } else { "" });
        due = Instant::now() + Duration::from_millis(100);
        sleep(Duration::from_millis(100)).await;
    }
}

/// The blocking call, modelled: the clock moves, nothing else runs.
async fn blocking_call() {
    tokio::time::advance(BLOCKS_FOR).await;
}

/// Listing 11-1's inline handler: the call holds the runtime's only thread.
pub async fn handler_inline(rec: &Recorder) {
    rec.busy("handler", "blocking call");
    blocking_call().await;
    rec.end("handler", "answer");
}

/// Listing 11-1's offloaded handler: the call runs on a thread of the
/// blocking pool (here, a lane of its own), and the handler awaits it.
pub async fn handler_offloaded(rec: &Recorder) {
    rec.wait("handler", "awaits spawn_blocking");
    let pool = rec.clone();
    let job = tokio::spawn(async move {
        pool.busy("blocking thread", "blocking call");
        sleep(BLOCKS_FOR).await;
        pool.end("blocking thread", "");
    });
    job.await.unwrap();
    rec.end("handler", "answer");
}
// ANCHOR_END: model

/// The heartbeat beats, a request comes in at 150 ms and is handled, and
/// the heartbeat goes on until 600 ms.
pub async fn scenario(rec: &Recorder, offload: bool) {
    let start = Instant::now();
    let beating = tokio::spawn(heartbeat(rec.clone()));
    sleep(Duration::from_millis(150)).await;
    if offload {
        handler_offloaded(rec).await;
    } else {
        handler_inline(rec).await;
    }
    tokio::time::sleep_until(start + Duration::from_millis(650)).await;
    beating.abort();
}
