#[tokio::main]
async fn main() -> std::io::Result<()> {
    for line in listing_07_04::demo(&["apple", "banana", "cherry"]).await? {
        println!("{line}");
    }
    Ok(())
}
