//! Listing 10-3: one boxed error type for everything.
use std::path::Path;

// ANCHOR: load_port
/// Any error, boxed. `Send + Sync` so that it may cross threads (see
/// listing 10-6).
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Reads the `port=` line of a settings file.
pub async fn load_port(path: &Path) -> Result<u16, BoxError> {
    let text = tokio::fs::read_to_string(path).await?; // io::Error → BoxError
    let value = text
        .lines()
        .find_map(|line| line.strip_prefix("port="))
        .ok_or("no `port=` line")?; // &str → BoxError
    let port = value.trim().parse::<u16>()?; // ParseIntError → BoxError
    Ok(port)
}
// ANCHOR_END: load_port

// ANCHOR: caller
/// The caller cannot `match` on a box. To ask "was it a missing file?" it
/// must guess the concrete type and downcast.
pub fn is_missing_file(err: &BoxError) -> bool {
    err.downcast_ref::<std::io::Error>()
        .is_some_and(|e| e.kind() == std::io::ErrorKind::NotFound)
}
// ANCHOR_END: caller
