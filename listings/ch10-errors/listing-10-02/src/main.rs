// ANCHOR: main
use listing_10_02::describe;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let dir = std::env::temp_dir().join(format!("listing-10-02-{}", std::process::id()));
    tokio::fs::create_dir_all(&dir).await?;
    tokio::fs::write(dir.join("good.conf"), "8080\n").await?;
    tokio::fs::write(dir.join("bad.conf"), "eighty\n").await?;

    for name in ["good.conf", "bad.conf", "missing.conf"] {
        println!("{}", describe(&dir.join(name)).await);
    }
    tokio::fs::remove_dir_all(&dir).await
}
// ANCHOR_END: main
