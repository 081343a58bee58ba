// ANCHOR: main
use listing_04_04::report;

#[tokio::main]
async fn main() -> Result<(), reqwest::Error> {
    let client = reqwest::Client::new();
    // A public fake API: it answers, but stores nothing.
    for line in report(&client, "https://jsonplaceholder.typicode.com").await? {
        println!("{line}");
    }
    Ok(())
}
// ANCHOR_END: main
