//! Listing 5-14: listing 5-2's race, and listing 5-6's loop with its two
//! fixes, each noting what happens on a timeline.
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use support::timeline::Recorder;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt, DuplexStream, ReadBuf, duplex};
use tokio::time::{Instant, interval_at, sleep};

// ANCHOR: race
/// Listing 5-2's race: a one-second timer against a two-second operation.
pub async fn race(rec: &Recorder) -> &'static str {
    rec.start("select!", "");
    rec.wait("select!", "waits for a branch");
    let winner = tokio::select! {
        _ = timer(rec) => "timer",
        _ = operation(rec) => "operation",
    };
    rec.end("select!", &format!("{winner} wins"));
    winner
}

async fn timer(rec: &Recorder) {
    rec.wait("timer", "sleep 1 s");
    sleep(Duration::from_secs(1)).await;
    rec.tick("timer", "fires");
}

async fn operation(rec: &Recorder) {
    let mut guard = DropNote { rec, done: false };
    rec.wait("operation", "sleep 2 s");
    sleep(Duration::from_secs(2)).await;
    guard.done = true;
    rec.end("operation", "done");
}

/// Notes on the timeline when the operation is dropped before it is done.
struct DropNote<'a> {
    rec: &'a Recorder,
    done: bool,
}

impl Drop for DropNote<'_> {
    fn drop(&mut self) {
        if !self.done {
            self.rec.dropped("operation", "dropped by select!");
        }
    }
}
// ANCHOR_END: race

/// Listing 5-6's sender: five 4-byte messages, in halves, 300 ms apart.
pub fn sender(rec: &Recorder) -> DuplexStream {
    let (mut tx, rx) = duplex(64);
    let rec = rec.clone();
    tokio::spawn(async move {
        let halves = ["ab", "cd", "ef", "gh", "ij", "kl", "mn", "op", "qr", "st"];
        for (i, half) in halves.iter().enumerate() {
            if i > 0 {
                sleep(Duration::from_millis(300)).await;
            }
            tx.write_all(half.as_bytes()).await.unwrap();
            rec.send("sender", half);
        }
    });
    rx
}

/// A reader that counts the bytes it hands out, so the receivers below can
/// say how many bytes a dropped read took with it.
pub struct Counted<R> {
    inner: R,
    pub bytes: usize,
}

impl<R: AsyncRead + Unpin> AsyncRead for Counted<R> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let result = Pin::new(&mut self.inner).poll_read(cx, buf);
        self.bytes += buf.filled().len() - before;
        result
    }
}

fn heartbeat() -> tokio::time::Interval {
    let period = Duration::from_millis(650);
    interval_at(Instant::now() + period, period)
}

// ANCHOR: lossy
/// Listing 5-6's loop: a fresh `read_exact` on every pass.
pub async fn receive_lossy(rec: &Recorder, reader: DuplexStream) -> Vec<String> {
    let mut reader = Counted {
        inner: reader,
        bytes: 0,
    };
    let mut heartbeat = heartbeat();
    let (mut messages, mut buf, mut accounted) = (Vec::new(), [0u8; 4], 0);
    loop {
        tokio::select! {
            result = reader.read_exact(&mut buf) => match result {
                Ok(_) => {
                    accounted += 4;
                    messages.push(String::from_utf8_lossy(&buf).into_owned());
                    rec.recv("receiver", &messages[messages.len() - 1]);
                }
                Err(_) => break,
            },
            _ = heartbeat.tick() => {
                rec.tick("heartbeat", "");
                let lost = reader.bytes - accounted; // read by the dropped read_exact
                if lost > 0 {
                    rec.dropped("receiver", &format!("{lost} bytes lost"));
                    accounted += lost;
                }
            }
        }
    }
    rec.end("receiver", "end of stream");
    messages
}
// ANCHOR_END: lossy

async fn read_message<R: AsyncRead + Unpin>(mut reader: R) -> (R, io::Result<[u8; 4]>) {
    let mut buf = [0u8; 4];
    let result = reader.read_exact(&mut buf).await.map(|_| buf);
    (reader, result)
}

/// Fix 1, listing 5-7's loop: one read future, kept across passes.
pub async fn receive_kept_future(rec: &Recorder, reader: DuplexStream) -> Vec<String> {
    let mut heartbeat = heartbeat();
    let mut messages = Vec::new();
    let read = read_message(reader);
    tokio::pin!(read);
    loop {
        tokio::select! {
            (reader, result) = &mut read => match result {
                Ok(buf) => {
                    messages.push(String::from_utf8_lossy(&buf).into_owned());
                    rec.recv("receiver", &messages[messages.len() - 1]);
                    read.set(read_message(reader));
                }
                Err(_) => break,
            },
            _ = heartbeat.tick() => rec.tick("heartbeat", ""),
        }
    }
    rec.end("receiver", "end of stream");
    messages
}

/// Fix 2, listing 5-8's loop: `read_buf` into a buffer that outlives it.
pub async fn receive_kept_bytes(rec: &Recorder, mut reader: DuplexStream) -> Vec<String> {
    let mut heartbeat = heartbeat();
    let mut messages = Vec::new();
    let mut pending: Vec<u8> = Vec::new();
    loop {
        tokio::select! {
            result = reader.read_buf(&mut pending) => match result {
                Ok(0) | Err(_) => break,
                Ok(_) => {
                    while pending.len() >= 4 {
                        let message: Vec<u8> = pending.drain(..4).collect();
                        messages.push(String::from_utf8_lossy(&message).into_owned());
                        rec.recv("receiver", &messages[messages.len() - 1]);
                    }
                }
            },
            _ = heartbeat.tick() => rec.tick("heartbeat", ""),
        }
    }
    rec.end("receiver", "end of stream");
    messages
}
