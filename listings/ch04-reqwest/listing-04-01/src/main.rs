// ANCHOR: main
use listing_04_01::{SignIn, search, sign_in};

#[tokio::main]
async fn main() -> Result<(), reqwest::Error> {
    let client = reqwest::Client::new();
    // httpbin.org/anything echoes back what it receives, as JSON.
    let base = "https://httpbin.org/anything";
    println!("{}", search(&client, base, "async rust", 1).await?);
    let form = SignIn {
        user: "ferris",
        password: "s3cret!",
    };
    println!("sign-in: {}", sign_in(&client, base, &form).await?);
    Ok(())
}
// ANCHOR_END: main
