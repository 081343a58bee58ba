//! Exercise: a two-stage pipeline joined by bounded channels.
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::sleep;

/// Room in each channel of the pipeline.
pub const CAPACITY: usize = 4;

/// Stage 1: doubles a number. Takes 10 ms. Do not change this function.
pub async fn double(x: u64) -> u64 {
    sleep(Duration::from_millis(10)).await;
    x * 2
}

/// Stage 2: adds one. Takes 10 ms. Do not change this function.
pub async fn add_one(x: u64) -> u64 {
    sleep(Duration::from_millis(10)).await;
    x + 1
}

/// Runs every item of `input` through `double`, then `add_one`, and
/// returns the results in the order of the input.
///
/// The pipeline is four parts joined by three `mpsc::channel(CAPACITY)`:
///
/// 1. a feeder task sends each input item into the first channel;
/// 2. a stage-1 task receives from it, calls `double`, sends on;
/// 3. a stage-2 task receives from that, calls `add_one`, sends on;
/// 4. this function collects from the last channel until it closes.
///
/// Every item comes out exactly once, and the function returns as soon as
/// the last result is in.
pub async fn run_pipeline(input: Vec<u64>) -> Vec<u64> {
    // TODO: make the three channels, spawn the feeder and the two stages,
    // then collect the results from the last channel.
    todo!(
        "connect {} items through two stages with bounded channels",
        input.len()
    )
}
