//! Listing 10-4: an error enum that callers can match, derived with thiserror.
use std::num::ParseIntError;
use std::path::{Path, PathBuf};

// ANCHOR: error
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("cannot read {}", path.display())]
    Read {
        path: PathBuf,
        #[source] // the cause, kept for error reporters; not repeated in the message
        source: std::io::Error,
    },
    #[error("no `port=` line")]
    NoPort,
    #[error("the port is not a number")]
    BadPort(#[from] ParseIntError), // #[from] writes the From impl that `?` uses
}
// ANCHOR_END: error

// ANCHOR: load_port
pub async fn load_port(path: &Path) -> Result<u16, SettingsError> {
    let text = tokio::fs::read_to_string(path)
        .await
        .map_err(|source| SettingsError::Read {
            path: path.to_owned(),
            source,
        })?;
    let value = text
        .lines()
        .find_map(|line| line.strip_prefix("port="))
        .ok_or(SettingsError::NoPort)?;
    let port = value.trim().parse::<u16>()?; // From<ParseIntError>, from #[from]
    Ok(port)
}
// ANCHOR_END: load_port

// ANCHOR: caller
/// The caller matches on the variant: no `port=` line means the default.
pub async fn port_or_default(path: &Path) -> Result<u16, SettingsError> {
    match load_port(path).await {
        Err(SettingsError::NoPort) => Ok(8080),
        other => other,
    }
}
// ANCHOR_END: caller
