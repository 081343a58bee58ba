//! Listing 9-6: an interval that ticks every second, five times.
use tokio::time::{Duration, Instant, interval};

// ANCHOR: ticks
/// Ticks five times, one second apart, and hands each line to `print`.
pub async fn tick_five_times(mut print: impl FnMut(String)) {
    let start = Instant::now();
    let mut interval = interval(Duration::from_secs(1));

    for _ in 0..5 {
        interval.tick().await;
        let at = start.elapsed().as_secs_f64();
        print(format!("Tick at {at:.1} s"));
    }
}
// ANCHOR_END: ticks
