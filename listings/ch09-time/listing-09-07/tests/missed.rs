//! Each behaviour after the same stall, tick by tick.
use listing_09_07::{Tick, ticks_after_stall};
use tokio::time::{self, Duration, Instant, MissedTickBehavior, interval};

/// Ticks from (due, at) pairs in milliseconds.
fn ticks(pairs: &[(u64, u64)]) -> Vec<Tick> {
    pairs
        .iter()
        .map(|&(due, at)| Tick {
            due: Duration::from_millis(due),
            at: Duration::from_millis(at),
        })
        .collect()
}

/// How many ticks completed by `limit`.
fn count_by(ticks: &[Tick], limit: u64) -> usize {
    ticks
        .iter()
        .filter(|t| t.at <= Duration::from_millis(limit))
        .count()
}

// ANCHOR: burst
#[tokio::test(start_paused = true)]
async fn burst_fires_the_missed_ticks_at_once() {
    let got = ticks_after_stall(MissedTickBehavior::Burst).await;
    let expected = ticks(&[
        (0, 0),
        (1000, 3500),
        (2000, 3500),
        (3000, 3500),
        (4000, 4000),
        (5000, 5000),
    ]);
    assert_eq!(got, expected);
    assert_eq!(
        count_by(&got, 5000),
        6,
        "as many ticks as if nothing was missed"
    );
}
// ANCHOR_END: burst

#[tokio::test(start_paused = true)]
async fn delay_restarts_the_period_from_the_late_tick() {
    let got = ticks_after_stall(MissedTickBehavior::Delay).await;
    let expected = ticks(&[
        (0, 0),
        (1000, 3500),
        (4500, 4500),
        (5500, 5500),
        (6500, 6500),
        (7500, 7500),
    ]);
    assert_eq!(got, expected);
    assert_eq!(
        count_by(&got, 5000),
        3,
        "the missed ticks are gone for good"
    );
}

#[tokio::test(start_paused = true)]
async fn skip_drops_the_missed_ticks_and_keeps_the_grid() {
    let got = ticks_after_stall(MissedTickBehavior::Skip).await;
    let expected = ticks(&[
        (0, 0),
        (1000, 3500),
        (4000, 4000),
        (5000, 5000),
        (6000, 6000),
        (7000, 7000),
    ]);
    assert_eq!(got, expected);
    assert_eq!(count_by(&got, 5000), 4, "back on whole seconds");
}

#[tokio::test(start_paused = true)]
async fn burst_is_the_default() {
    let interval = interval(Duration::from_secs(1));
    assert_eq!(interval.missed_tick_behavior(), MissedTickBehavior::Burst);
}

// ANCHOR: advance
/// The same stall made with `time::advance`: the clock jumps 3.5 s while
/// nobody polls the interval.
#[tokio::test(start_paused = true)]
async fn a_jump_of_the_clock_is_a_stall_too() {
    let start = Instant::now();
    let mut interval = interval(Duration::from_secs(1));
    interval.set_missed_tick_behavior(MissedTickBehavior::Skip);
    interval.tick().await;

    time::advance(Duration::from_millis(3500)).await;

    let mut at = Vec::new();
    for _ in 0..3 {
        interval.tick().await;
        at.push(start.elapsed());
    }
    let expected: Vec<Duration> = [3500, 4000, 5000].map(Duration::from_millis).to_vec();
    assert_eq!(at, expected);
}
// ANCHOR_END: advance
