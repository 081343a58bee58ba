// ANCHOR: main
use std::path::Path;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let settings = Path::new(env!("CARGO_MANIFEST_DIR")).join("settings.txt");
    for line in listing_14_01::report(settings).await? {
        println!("{line}");
    }
    Ok(())
}
// ANCHOR_END: main
