//! Listing 5-8: the fix that uses the cancel-safe `read_buf` and keeps the
//! partial message in a buffer outside the `select!`.
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt, DuplexStream, duplex};
use tokio::time::{Instant, interval_at, sleep};

/// The messages the sender sends: four bytes each.
pub const MESSAGES: [&str; 5] = ["abcd", "efgh", "ijkl", "mnop", "qrst"];

/// Sends each message in two halves, 300 ms apart, like a slow network
/// would. Returns the reading end of the pipe.
pub fn slow_sender() -> DuplexStream {
    let (mut tx, rx) = duplex(64);
    tokio::spawn(async move {
        let halves: Vec<&[u8]> = MESSAGES
            .iter()
            .flat_map(|m| [&m.as_bytes()[..2], &m.as_bytes()[2..]])
            .collect();
        for (i, half) in halves.iter().enumerate() {
            if i > 0 {
                sleep(Duration::from_millis(300)).await;
            }
            tx.write_all(half).await.unwrap();
        }
        // Dropping `tx` closes the pipe: the reader sees the end of the stream.
    });
    rx
}

/// What the receiving loop saw.
#[derive(Debug, PartialEq)]
pub struct Received {
    pub messages: Vec<String>,
    pub ticks: u32,
}

// ANCHOR: receive
/// Reads four-byte messages until the stream ends, and counts the ticks of a
/// 650 ms heartbeat in the meantime.
pub async fn receive(mut reader: impl AsyncRead + Unpin) -> Received {
    let period = Duration::from_millis(650);
    let mut heartbeat = interval_at(Instant::now() + period, period);
    let mut messages = Vec::new();
    let mut ticks = 0;
    // The bytes read so far live here, outside any future.
    let mut pending: Vec<u8> = Vec::new();
    loop {
        tokio::select! {
            // `read_buf` is cancel safe: if the tick wins, no bytes were taken.
            result = reader.read_buf(&mut pending) => match result {
                // Zero bytes: the stream has ended.
                Ok(0) => return Received { messages, ticks },
                Ok(_) => {
                    while pending.len() >= 4 {
                        let message: Vec<u8> = pending.drain(..4).collect();
                        messages.push(String::from_utf8_lossy(&message).into_owned());
                    }
                }
                Err(_) => return Received { messages, ticks },
            },
            _ = heartbeat.tick() => ticks += 1,
        }
    }
}
// ANCHOR_END: receive

/// The lines `main` prints.
pub fn describe(received: &Received) -> Vec<String> {
    let mut lines: Vec<String> = received
        .messages
        .iter()
        .map(|m| format!("got {m}"))
        .collect();
    lines.push(format!("heartbeats: {}", received.ticks));
    lines
}
