//! Listing 15-12: a failed `send` is news; ignoring it wastes work.
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::sync::mpsc::error::SendError;

/// Making one report takes 10 ms of work.
async fn make_report(n: u32) -> String {
    tokio::time::sleep(Duration::from_millis(10)).await;
    format!("report {n}")
}

// ANCHOR: ignoring
/// Broken: `let _ =` throws the send's result away. Once the consumer is
/// gone, every send fails, and the producer keeps working for no one.
/// Returns how many reports it made.
pub async fn produce_ignoring(tx: mpsc::Sender<String>, reports: u32) -> u32 {
    let mut made = 0;
    for n in 0..reports {
        let report = make_report(n).await;
        made += 1;
        let _ = tx.send(report).await;
    }
    made
}
// ANCHOR_END: ignoring

// ANCHOR: checked
/// Fixed: a failed send means the receiver was dropped: nobody will ever
/// read what comes next. Stop, and say so; the error hands back the value
/// that could not be delivered.
pub async fn produce(tx: mpsc::Sender<String>, reports: u32) -> Result<u32, SendError<String>> {
    let mut made = 0;
    for n in 0..reports {
        let report = make_report(n).await;
        made += 1;
        tx.send(report).await?;
    }
    Ok(made)
}
// ANCHOR_END: checked

// ANCHOR: consumer
/// A consumer that reads `wanted` reports, then leaves (drops its receiver).
pub async fn read_some(mut rx: mpsc::Receiver<String>, wanted: usize) -> Vec<String> {
    let mut got = Vec::new();
    while got.len() < wanted {
        match rx.recv().await {
            Some(report) => got.push(report),
            None => break,
        }
    }
    got
}
// ANCHOR_END: consumer

/// What `main` prints: 100 reports offered, the consumer wants 3.
pub async fn report() -> Vec<String> {
    let (tx, rx) = mpsc::channel(1);
    let consumer = tokio::spawn(read_some(rx, 3));
    let start = tokio::time::Instant::now();
    let made = produce_ignoring(tx, 100).await;
    let took = start.elapsed();
    let got = consumer.await.unwrap().len();
    let mut lines = vec![format!(
        "ignoring send: made {made} reports in {took:?}, {got} were read"
    )];

    let (tx, rx) = mpsc::channel(1);
    let consumer = tokio::spawn(read_some(rx, 3));
    let start = tokio::time::Instant::now();
    let result = produce(tx, 100).await;
    let took = start.elapsed();
    let got = consumer.await.unwrap().len();
    let outcome = match result {
        Ok(made) => format!("made all {made}"),
        Err(SendError(report)) => format!("stopped, {report:?} could not be sent"),
    };
    lines.push(format!(
        "checking send: {outcome} after {took:?}, {got} were read"
    ));
    lines
}
