//! Exercise: guard a line server against long lines and silent clients.
use bytes::BytesMut;
use futures::{SinkExt, StreamExt};
use std::time::Duration;
use tokio::net::TcpStream;
use tokio::time::timeout;
use tokio_util::codec::{Decoder, Encoder, Framed, LinesCodec, LinesCodecError};

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The longest line the server accepts, in bytes (without the `\n`).
    pub max_line: usize,
    /// How long the server waits for the next whole line.
    pub idle: Duration,
}

/// What the client sent: a line, or a line that was over the limit.
#[derive(Debug, PartialEq)]
pub enum Line {
    Text(String),
    TooLong,
}

/// A `LinesCodec` with a maximum length whose decoder reports a line over
/// the limit as an item, `Line::TooLong`, and not as an error.
pub struct GuardedLines(LinesCodec);

impl GuardedLines {
    pub fn new(max_line: usize) -> GuardedLines {
        GuardedLines(LinesCodec::new_with_max_length(max_line))
    }
}

impl Decoder for GuardedLines {
    type Item = Line;
    type Error = LinesCodecError;

    fn decode(&mut self, buf: &mut BytesMut) -> Result<Option<Line>, LinesCodecError> {
        // TODO: let the LinesCodec inside decode; turn its
        // `MaxLineLengthExceeded` into `Line::TooLong`.
        todo!("decode a line, or report one over the limit as Line::TooLong")
    }

    /// Called at the end of the stream, for a last line without `\n`.
    fn decode_eof(&mut self, buf: &mut BytesMut) -> Result<Option<Line>, LinesCodecError> {
        // TODO: the same, with the LinesCodec's `decode_eof`.
        todo!("the same at the end of the stream")
    }
}

/// Encoding is the plain `LinesCodec`'s. Do not change it.
impl Encoder<String> for GuardedLines {
    type Error = LinesCodecError;

    fn encode(&mut self, line: String, buf: &mut BytesMut) -> Result<(), LinesCodecError> {
        self.0.encode(line, buf)
    }
}

/// Serves one client: each line comes back as it was sent (an echo).
///
/// - A line longer than `limits.max_line` is never held in memory whole.
///   The client gets `error: line too long (max N bytes), skipped` once,
///   and the connection goes on with the next line.
/// - When no whole line arrives for `limits.idle`, the client gets
///   `error: idle for N ms, closing` and the connection ends.
/// - When the client closes its side, `handle` returns.
pub async fn handle(socket: TcpStream, limits: Limits) -> Result<(), LinesCodecError> {
    // TODO: frame the socket with `GuardedLines`; wait for each item with a
    // timeout of `limits.idle`; echo, report, or close.
    todo!("echo lines, with a maximum line length and an idle timeout")
}
