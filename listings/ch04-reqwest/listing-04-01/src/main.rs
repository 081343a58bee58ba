// ANCHOR: main
use listing_04_01::{SignIn, search, sign_in};

#[tokio::main]
async fn main() -> Result<(), reqwest::Error> {
    let client = reqwest::Client::new();
    // httpbin.org/anything echoes back what it receives, as JSON.
    // API_BASE points the program at another server (the tests' local one).
    let base = std::env::var("API_BASE").unwrap_or_else(|_| "https://httpbin.org/anything".into());
    println!("{}", search(&client, &base, "async rust", 1).await?);
    let form = SignIn {
        user: "ferris",
        password: "s3cret!",
    };
    println!("sign-in: {}", sign_in(&client, &base, &form).await?);
    Ok(())
}
// ANCHOR_END: main
