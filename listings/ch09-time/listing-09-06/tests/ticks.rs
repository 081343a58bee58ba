//! When an interval's ticks complete, on the paused clock.
use tokio::time::{Duration, Instant, interval, interval_at, sleep};

// ANCHOR: first_tick
#[tokio::test(start_paused = true)]
async fn the_first_tick_completes_immediately() {
    let start = Instant::now();
    let mut interval = interval(Duration::from_secs(1));

    let first = interval.tick().await;
    assert_eq!(first, start, "tick returns the instant it was due");
    assert_eq!(start.elapsed(), Duration::ZERO, "no wait at all");

    let second = interval.tick().await;
    assert_eq!(second, start + Duration::from_secs(1));
    assert_eq!(start.elapsed(), Duration::from_secs(1));
}

#[tokio::test(start_paused = true)]
async fn interval_at_can_start_one_period_later() {
    let start = Instant::now();
    let period = Duration::from_secs(1);
    let mut interval = interval_at(start + period, period);

    interval.tick().await;
    assert_eq!(start.elapsed(), period, "the first tick waited a period");
}
// ANCHOR_END: first_tick

#[tokio::test(start_paused = true)]
async fn the_work_between_ticks_is_part_of_the_period() {
    let start = Instant::now();
    let mut interval = interval(Duration::from_secs(1));
    let mut ticked = Vec::new();
    for _ in 0..5 {
        interval.tick().await;
        ticked.push(start.elapsed());
        sleep(Duration::from_millis(300)).await; // work
    }
    let expected: Vec<Duration> = (0..5).map(Duration::from_secs).collect();
    assert_eq!(
        ticked, expected,
        "no drift, unlike sleep(period) after the work"
    );
}
