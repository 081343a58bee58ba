// ANCHOR: main
use listing_10_05::{report, start};
use std::path::Path;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    // Work in a scratch folder, so the paths in the messages are short.
    let dir = std::env::temp_dir().join(format!("listing-10-05-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    std::env::set_current_dir(&dir)?;
    std::fs::write("good.conf", "port=8080\n")?;
    std::fs::write("bad.conf", "port=eighty\n")?;
    std::fs::write("empty.conf", "name=shop\n")?;

    for name in ["good.conf", "bad.conf", "empty.conf", "missing.conf"] {
        println!("{}", report(Path::new(name)).await);
    }

    let err = start(Path::new("missing.conf")).await.unwrap_err();
    println!("\nThe same error with {{:?}}, as `main` would print it:\n{err:?}");

    std::env::set_current_dir(std::env::temp_dir())?;
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}
// ANCHOR_END: main
