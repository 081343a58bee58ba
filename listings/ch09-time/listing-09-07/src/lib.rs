//! Listing 9-7: what an interval does after missing ticks, for each
//! `MissedTickBehavior`.
use tokio::time::{Duration, Instant, MissedTickBehavior, interval, sleep};

/// One tick: when it was due (what `tick` returned) and when it completed,
/// both measured from the interval's start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tick {
    pub due: Duration,
    pub at: Duration,
}

// ANCHOR: stall
/// Six ticks of a 1 s interval. After the first tick, the task is busy for
/// 3.5 s and misses the ticks due at 1, 2 and 3 s.
pub async fn ticks_after_stall(behavior: MissedTickBehavior) -> Vec<Tick> {
    let start = Instant::now();
    let mut interval = interval(Duration::from_secs(1));
    interval.set_missed_tick_behavior(behavior);

    let mut ticks = Vec::new();
    for n in 0..6 {
        let due = interval.tick().await;
        ticks.push(Tick {
            due: due - start,
            at: start.elapsed(),
        });
        if n == 0 {
            sleep(Duration::from_millis(3500)).await; // busy with slow work
        }
    }
    ticks
}
// ANCHOR_END: stall

// ANCHOR: run
fn seconds(values: impl Iterator<Item = Duration>) -> String {
    let values: Vec<String> = values.map(|d| format!("{:.1}", d.as_secs_f64())).collect();
    values.join(" ")
}

pub async fn run() -> Vec<String> {
    let mut lines = Vec::new();
    for behavior in [
        MissedTickBehavior::Burst,
        MissedTickBehavior::Delay,
        MissedTickBehavior::Skip,
    ] {
        let ticks = ticks_after_stall(behavior).await;
        lines.push(format!(
            "{:<6} ticks at {}  (due {})",
            format!("{behavior:?}:"),
            seconds(ticks.iter().map(|t| t.at)),
            seconds(ticks.iter().map(|t| t.due)),
        ));
    }
    lines
}
// ANCHOR_END: run
