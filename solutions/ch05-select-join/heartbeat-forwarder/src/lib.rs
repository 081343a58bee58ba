//! Solution: forward messages to a slow consumer without losing one, and
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
    let mut report = Report {
        forwarded: 0,
        beats: 0,
    };
    // A message taken from the input but not yet passed on. It lives here,
    // outside the select!, so that no branch that loses can drop it.
    let mut pending: Option<String> = None;
    loop {
        tokio::select! {
            // Wait for room, not for a send: a permit that is dropped
            // because the heartbeat won holds no message.
            permit = output.reserve(), if pending.is_some() => match permit {
                Ok(permit) => {
                    permit.send(pending.take().expect("checked by the guard"));
                    report.forwarded += 1;
                }
                Err(_) => break, // the consumer is gone
            },
            message = input.recv(), if pending.is_none() => match message {
                Some(message) => pending = Some(message),
                None => break, // closed, and nothing is pending
            },
            _ = beat.tick() => report.beats += 1,
        }
    }
    report
}
