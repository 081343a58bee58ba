//! Listing 10-2: `?` in an async fn converts the error with `From`, exactly
//! as in sync code.
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;
use std::path::Path;

// ANCHOR: error
/// Why a port could not be read from a config file.
#[derive(Debug)]
pub enum ConfigError {
    Read(std::io::Error),
    Port(ParseIntError),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Read(e) => write!(f, "cannot read the config: {e}"),
            ConfigError::Port(e) => write!(f, "the port is not a number: {e}"),
        }
    }
}

impl Error for ConfigError {}

// What `?` calls when the error is an io::Error...
impl From<std::io::Error> for ConfigError {
    fn from(e: std::io::Error) -> Self {
        ConfigError::Read(e)
    }
}

// ...and when it is a ParseIntError.
impl From<ParseIntError> for ConfigError {
    fn from(e: ParseIntError) -> Self {
        ConfigError::Port(e)
    }
}
// ANCHOR_END: error

// ANCHOR: read_port
/// Reads a file that holds a port number.
pub async fn read_port(path: &Path) -> Result<u16, ConfigError> {
    let text = tokio::fs::read_to_string(path).await?; // io::Error → ConfigError::Read
    let port = text.trim().parse::<u16>()?; // ParseIntError → ConfigError::Port
    Ok(port)
}
// ANCHOR_END: read_port

/// One line of the report `main` prints.
pub async fn describe(path: &Path) -> String {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    match read_port(path).await {
        Ok(port) => format!("{name}: port {port}"),
        Err(e) => format!("{name}: {e}"),
    }
}

// ANCHOR: async_block
/// `?` inside an async block: the block has no signature, so say which
/// `Result` it returns on its last line.
pub async fn parse_in_a_task(text: String) -> Result<u16, ParseIntError> {
    let task = tokio::spawn(async move {
        let port = text.trim().parse::<u16>()?;
        Ok::<u16, ParseIntError>(port)
    });
    task.await.expect("the task panicked")
}
// ANCHOR_END: async_block
