//! Listing 10-5: anyhow for applications, with context on every `?`.
use anyhow::{Context, Result, bail};
use std::path::Path;

// ANCHOR: load_port
pub async fn load_port(path: &Path) -> Result<u16> {
    let text = tokio::fs::read_to_string(path)
        .await
        .with_context(|| format!("reading {}", path.display()))?;
    let Some(value) = text.lines().find_map(|line| line.strip_prefix("port=")) else {
        bail!("no `port=` line in {}", path.display());
    };
    let port = value
        .trim()
        .parse::<u16>()
        .with_context(|| format!("parsing the port {value:?}"))?;
    Ok(port)
}

pub async fn start(path: &Path) -> Result<String> {
    let port = load_port(path).await.context("loading the settings")?;
    Ok(format!("listening on port {port}"))
}
// ANCHOR_END: load_port

// ANCHOR: report
/// What `main` prints for one file: `{:#}` puts the whole chain on one line.
pub async fn report(path: &Path) -> String {
    match start(path).await {
        Ok(message) => format!("{}: {message}", path.display()),
        Err(e) => format!("{}: {e:#}", path.display()),
    }
}
// ANCHOR_END: report
