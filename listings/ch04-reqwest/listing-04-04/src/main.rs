// ANCHOR: main
use listing_04_04::report;

#[tokio::main]
async fn main() -> Result<(), reqwest::Error> {
    let client = reqwest::Client::new();
    // A public fake API: it answers, but stores nothing. API_BASE points
    // the program at another server (the tests' local one).
    let base =
        std::env::var("API_BASE").unwrap_or_else(|_| "https://jsonplaceholder.typicode.com".into());
    for line in report(&client, &base).await? {
        println!("{line}");
    }
    Ok(())
}
// ANCHOR_END: main
