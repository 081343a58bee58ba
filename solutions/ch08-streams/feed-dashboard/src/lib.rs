//! Solution: a dashboard whose feeds come and go while it runs.
use futures::stream::BoxStream;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio_stream::{StreamExt, StreamMap};

/// What the dashboard is told to do.
pub enum Command {
    /// Show the items of this feed, under this name, until it ends.
    Subscribe(String, BoxStream<'static, String>),
    /// Stop showing the feed of this name (at once: none of its items after
    /// this command is shown).
    Unsubscribe(String),
}

/// A feed: `item 0`, `item 1`, … one every `every`; `count` items, or
/// endless if `None`. Do not change it.
pub fn ticks(every: Duration, count: Option<usize>) -> BoxStream<'static, String> {
    Box::pin(futures::stream::unfold(0, move |i| async move {
        if count.is_some_and(|count| i >= count) {
            return None;
        }
        tokio::time::sleep(every).await;
        Some((format!("item {i}"), i + 1))
    }))
}

/// Runs the dashboard. Each item of a subscribed feed is shown as the line
/// `NAME: ITEM`; the lines come back in the order the items arrived. It
/// returns once the command channel is closed and no subscribed feed is
/// left (each has ended or been unsubscribed).
pub async fn dashboard(mut commands: mpsc::Receiver<Command>) -> Vec<String> {
    let mut feeds = StreamMap::new();
    let mut lines = Vec::new();
    let mut open = true; // can more commands come?
    while open || !feeds.is_empty() {
        tokio::select! {
            // An empty map yields `None` at once: the pattern does not
            // match, so this branch sits out instead of ending the loop.
            Some((name, item)) = feeds.next() => lines.push(format!("{name}: {item}")),
            command = commands.recv(), if open => match command {
                Some(Command::Subscribe(name, feed)) => {
                    feeds.insert(name, feed);
                }
                Some(Command::Unsubscribe(name)) => {
                    feeds.remove(&name);
                }
                None => open = false,
            },
            // Both sat out: the last feed just ended and no command can
            // come. (Without this, select! panics.)
            else => break,
        }
    }
    lines
}
