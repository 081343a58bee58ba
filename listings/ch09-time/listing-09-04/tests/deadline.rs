//! A per-step limit lets the job run long; a deadline bounds the whole job.
use listing_09_04::{limit_per_step, one_deadline};
use tokio::time::{Duration, Instant};

#[tokio::test(start_paused = true)]
async fn a_limit_per_step_does_not_bound_the_total() {
    let start = Instant::now();
    let mut done = Vec::new();
    assert!(limit_per_step(&mut done).await.is_ok());
    assert_eq!(done, [1, 2, 3]);
    assert_eq!(start.elapsed(), Duration::from_millis(4500));
}

#[tokio::test(start_paused = true)]
async fn one_deadline_bounds_the_whole_job() {
    let start = Instant::now();
    let mut done = Vec::new();
    let result = one_deadline(start + Duration::from_secs(3), &mut done).await;
    assert!(result.is_err());
    assert_eq!(done, [1, 2], "the third step was cut off");
    assert_eq!(start.elapsed(), Duration::from_secs(3));
}

#[tokio::test(start_paused = true)]
async fn a_deadline_already_past_gives_up_at_once() {
    let start = Instant::now();
    let mut done = Vec::new();
    let result = one_deadline(start, &mut done).await;
    assert!(result.is_err());
    assert!(done.is_empty());
    assert_eq!(start.elapsed(), Duration::ZERO);
}
