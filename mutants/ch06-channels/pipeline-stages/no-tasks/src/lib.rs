//! Wrong: channels but no tasks; stage 1 finishes everything before stage 2 starts.
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
    // Unbounded, or the first loop would wait forever on a full channel.
    let (input_tx, mut input_rx) = mpsc::unbounded_channel();
    let (doubled_tx, mut doubled_rx) = mpsc::unbounded_channel();

    for x in input {
        input_tx.send(x).unwrap();
    }
    drop(input_tx);
    while let Some(x) = input_rx.recv().await {
        doubled_tx.send(double(x).await).unwrap();
    }
    drop(doubled_tx);
    let mut results = Vec::new();
    while let Some(x) = doubled_rx.recv().await {
        results.push(add_one(x).await);
    }
    results
}
