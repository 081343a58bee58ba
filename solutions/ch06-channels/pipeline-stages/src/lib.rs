//! Solution: a two-stage pipeline joined by bounded channels.
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
    let (input_tx, mut input_rx) = mpsc::channel(CAPACITY);
    let (doubled_tx, mut doubled_rx) = mpsc::channel(CAPACITY);
    let (output_tx, mut output_rx) = mpsc::channel(CAPACITY);

    // The feeder owns `input_tx`. When its loop ends the task ends, the
    // Sender is dropped, and the first channel closes.
    tokio::spawn(async move {
        for x in input {
            if input_tx.send(x).await.is_err() {
                return; // nobody downstream any more
            }
        }
    });

    // Stage 1 ends when the first channel closes; dropping `doubled_tx`
    // then closes the second. Each stage passes the end along.
    tokio::spawn(async move {
        while let Some(x) = input_rx.recv().await {
            if doubled_tx.send(double(x).await).await.is_err() {
                return;
            }
        }
    });

    tokio::spawn(async move {
        while let Some(x) = doubled_rx.recv().await {
            if output_tx.send(add_one(x).await).await.is_err() {
                return;
            }
        }
    });

    // Every Sender now lives in a task: `recv` returns None once the last
    // stage has finished.
    let mut results = Vec::new();
    while let Some(y) = output_rx.recv().await {
        results.push(y);
    }
    results
}
