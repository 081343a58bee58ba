//! Exercise: an error whose chain the caller reads.
use std::error::Error;
use std::num::ParseIntError;

/// Why the settings could not be loaded. Callers match on the variant, and
/// print the error with `report`.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    // TODO: `report` prints this error's cause twice, and loses the cause of
    // a bad port. Fix the enum.
    #[error("cannot read `{path}`: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("line {line}: the port is not a number")]
    BadPort { line: usize, cause: ParseIntError },
    #[error("no `port=` line")]
    NoPort,
}

/// Reads the settings file at `path` and returns its port.
pub async fn load_port(path: &str) -> Result<u16, SettingsError> {
    let text = tokio::fs::read_to_string(path)
        .await
        .map_err(|source| SettingsError::Read {
            path: path.to_string(),
            source,
        })?;
    parse_port(&text)
}

/// Finds the `port=` line in the settings' text and parses its number.
pub fn parse_port(text: &str) -> Result<u16, SettingsError> {
    for (index, line) in text.lines().enumerate() {
        if let Some(value) = line.strip_prefix("port=") {
            return value
                .trim()
                .parse()
                .map_err(|cause| SettingsError::BadPort {
                    line: index + 1,
                    cause,
                });
        }
    }
    Err(SettingsError::NoPort)
}

/// What the caller prints: the error's message, then the message of each
/// cause down its `source()` chain, joined by ": ". Do not change it.
pub fn report(error: &(dyn Error + 'static)) -> String {
    let mut line = error.to_string();
    let mut cause = error.source();
    while let Some(inner) = cause {
        line.push_str(": ");
        line.push_str(&inner.to_string());
        cause = inner.source();
    }
    line
}
