//! Solution: the first few errors of a log that never ends.
use futures::stream::{Stream, StreamExt};

/// The first `n` lines of `log` that start with `ERROR`, with that prefix
/// and the space after it removed, in the order they came. `log` may never
/// end: stop reading as soon as you have `n`.
pub async fn first_errors(log: impl Stream<Item = String>, n: usize) -> Vec<String> {
    log.filter_map(|line| async move { line.strip_prefix("ERROR ").map(str::to_owned) })
        .take(n) // ends the stream after n items: nothing more is read
        .collect()
        .await
}
