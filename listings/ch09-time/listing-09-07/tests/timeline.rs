//! Draws the ticks that listing 9-7's `ticks_after_stall` returns, for each
//! `MissedTickBehavior`, and compares the picture with the one the book
//! shows (`UPDATE_TIMELINES=1` redraws it).
use std::time::Duration;

use listing_09_07::ticks_after_stall;
use support::timeline::{Kind, Recorder, assert_timeline};
use tokio::time::MissedTickBehavior;

fn secs(d: Duration) -> String {
    let tenths = d.as_millis() / 100;
    if tenths.is_multiple_of(10) {
        format!("{}", tenths / 10)
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

#[tokio::test(start_paused = true)]
async fn three_behaviors_after_a_stall() {
    let rec = Recorder::new();
    let period = Duration::from_secs(1);
    for behavior in [
        MissedTickBehavior::Burst,
        MissedTickBehavior::Delay,
        MissedTickBehavior::Skip,
    ] {
        let lane = format!("{behavior:?}");
        let ticks = ticks_after_stall(behavior).await;
        assert_eq!(ticks.len(), 6);
        // The loop is busy from the first tick to the second.
        rec.note_at(&lane, Kind::Tick, "", ticks[0].at);
        rec.note_at(&lane, Kind::Wait, "slow work", ticks[0].at);
        for tick in &ticks[1..] {
            let label = if tick.at > tick.due {
                format!("due {}", secs(tick.due))
            } else {
                String::new()
            };
            rec.note_at(&lane, Kind::Tick, &label, tick.at);
        }
        // Skip: the ticks that were due on the first schedule and never came.
        if behavior == MissedTickBehavior::Skip {
            let last = ticks.last().unwrap().due;
            let mut due = period;
            while due <= last {
                if !ticks.iter().any(|t| t.due == due) {
                    rec.note_at(&lane, Kind::Skip, &format!("{} skipped", secs(due)), due);
                }
                due += period;
            }
        }
    }
    let at = |lane: &str| -> Vec<String> {
        rec.events()
            .iter()
            .filter(|e| e.lane == lane && e.kind == Kind::Tick)
            .map(|e| secs(e.at))
            .collect()
    };
    // The same times as listing 9-7's output.txt.
    assert_eq!(at("Burst"), ["0", "3.5", "3.5", "3.5", "4", "5"]);
    assert_eq!(at("Delay"), ["0", "3.5", "4.5", "5.5", "6.5", "7.5"]);
    assert_eq!(at("Skip"), ["0", "3.5", "4", "5", "6", "7"]);
    let skipped: Vec<String> = rec
        .events()
        .iter()
        .filter(|e| e.kind == Kind::Skip)
        .map(|e| e.label.clone())
        .collect();
    assert_eq!(skipped, ["2 skipped", "3 skipped"]);
    let svg = rec.svg(
        "An interval of 1 s after 3.5 s of slow work: Burst, Delay, Skip",
        "Three lanes, one per MissedTickBehavior; each ticks at 0 s, then works until \
         3.5 s. Burst: three late ticks at once at 3.5 s (due 1, 2 and 3 s), then 4 and \
         5 s. Delay: one late tick at 3.5 s, then every second from there: 4.5, 5.5, \
         6.5, 7.5 s. Skip: one late tick at 3.5 s, the ticks due at 2 and 3 s skipped, \
         then back on the whole seconds: 4, 5, 6, 7 s.",
    );
    assert_timeline(env!("CARGO_MANIFEST_DIR"), "timeline.svg", &svg);
}
