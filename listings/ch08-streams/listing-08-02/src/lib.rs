//! Listing 8-2: two `StreamExt` traits in one file — import one, name the other.

// ANCHOR: numbered
// One trait imported by name: its methods (`next`, `map`, …) read as usual.
use tokio_stream::StreamExt;

/// Numbers the words, from 1.
pub async fn numbered(words: Vec<&'static str>) -> Vec<String> {
    let words = tokio_stream::iter(words);
    // `enumerate` exists only in futures' trait: call it by its full path.
    let mut pairs = futures::StreamExt::enumerate(words);

    let mut lines = Vec::new();
    while let Some((i, word)) = pairs.next().await {
        lines.push(format!("{}. {word}", i + 1));
    }
    lines
}
// ANCHOR_END: numbered
