// ANCHOR: main
use std::path::Path;

// A simple script: read a file, print it. No runtime, no async.
fn main() -> std::io::Result<()> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config.txt");
    for (key, value) in listing_13_04::load_config(&path)? {
        println!("{key}: {value}");
    }
    Ok(())
}
// ANCHOR_END: main
