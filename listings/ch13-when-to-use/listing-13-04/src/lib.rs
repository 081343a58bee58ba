//! Listing 13-4: a library function that forces a runtime on its callers, and
//! one that does not.
use std::collections::BTreeMap;
use std::io;
use std::path::Path;

/// Parses `key = value` lines; blank lines and `#` comments are skipped.
pub fn parse(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.split_once('='))
        .map(|(key, value)| (key.trim().to_owned(), value.trim().to_owned()))
        .collect()
}

// ANCHOR: sync
/// Reads a config file with `std::fs`. Plain blocking code: a script, a
/// thread, or an async task (through `spawn_blocking`) can all call it.
pub fn load_config(path: &Path) -> io::Result<BTreeMap<String, String>> {
    let text = std::fs::read_to_string(path)?;
    Ok(parse(&text))
}
// ANCHOR_END: sync

// ANCHOR: forced
/// The same, with `tokio::fs`. It reads one small file, so async gains
/// nothing here — and every caller now needs a tokio runtime.
pub async fn load_config_tokio(path: &Path) -> io::Result<BTreeMap<String, String>> {
    let text = tokio::fs::read_to_string(path).await?;
    Ok(parse(&text))
}
// ANCHOR_END: forced
