//! Listing 5-7: the fix that keeps one `read_exact` alive across the loop's
//! passes, pinned, so a tick no longer drops it.
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
/// Reads one four-byte message. It owns the reader and hands it back, so
/// the caller can start the next read when this one is done.
async fn read_message<R: AsyncRead + Unpin>(mut reader: R) -> (R, std::io::Result<[u8; 4]>) {
    let mut buf = [0u8; 4];
    let result = reader.read_exact(&mut buf).await.map(|_| buf);
    (reader, result)
}

/// Reads four-byte messages until the stream ends, and counts the ticks of a
/// 650 ms heartbeat in the meantime.
pub async fn receive(reader: impl AsyncRead + Unpin) -> Received {
    let period = Duration::from_millis(650);
    let mut heartbeat = interval_at(Instant::now() + period, period);
    let mut messages = Vec::new();
    let mut ticks = 0;
    // One read in flight, created before the loop and pinned: a tick only
    // borrows it, so the half message it holds survives.
    let read = read_message(reader);
    tokio::pin!(read);
    loop {
        tokio::select! {
            (reader, result) = &mut read => match result {
                Ok(buf) => {
                    messages.push(String::from_utf8_lossy(&buf).into_owned());
                    // This read is done: put the next one in its place.
                    read.set(read_message(reader));
                }
                // read_exact reports the end of the stream as an error.
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
