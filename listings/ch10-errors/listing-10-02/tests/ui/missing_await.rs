// ANCHOR: all
use std::path::Path;

async fn read_config(path: &Path) -> Result<String, std::io::Error> {
    let text = tokio::fs::read_to_string(path)?; // forgot .await
    Ok(text)
}
// ANCHOR_END: all

fn main() {
    let _ = read_config(Path::new("app.conf"));
}
