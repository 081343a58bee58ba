//! Exercise: forward messages to a slow consumer without losing one, and
//! without missing a heartbeat.
use tokio::sync::mpsc;
use tokio::time::Interval;

/// What `forward` did.
#[derive(Debug, PartialEq, Eq)]
pub struct Report {
    /// Messages passed on to `output`.
    pub forwarded: usize,
    /// Ticks of `beat` answered while forwarding.
    pub beats: usize,
}

/// Passes every message from `input` on to `output`, in order, until
/// `input` is closed and every message has been passed on. `output` may be
/// full for a long time: its consumer is slow.
///
/// All the while, it answers every tick of `beat` (count it in `beats`):
/// a supervisor watches the beats to know the forwarder is alive, even while
/// it waits for room in `output`.
pub async fn forward(
    mut input: mpsc::Receiver<String>,
    output: mpsc::Sender<String>,
    mut beat: Interval,
) -> Report {
    // TODO
    let _ = (&mut input, &output, &mut beat);
    todo!("forward every message, and count the beats while waiting")
}
