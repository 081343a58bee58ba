//! Exercise: a dashboard whose feeds come and go while it runs.
use futures::stream::BoxStream;
use std::time::Duration;
use tokio::sync::mpsc;

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
    // TODO
    let _ = &mut commands;
    todo!("read commands and feeds at the same time")
}
