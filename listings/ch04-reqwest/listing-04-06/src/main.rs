use listing_04_06::{client_with_timeout, fetch};
use std::time::Duration;

#[tokio::main]
async fn main() -> Result<(), reqwest::Error> {
    let client = client_with_timeout(Duration::from_secs(5))?;
    // httpbin's /delay/10 answers after ten seconds: this request gives up at five.
    match fetch(&client, "https://httpbin.org/delay/10").await {
        Ok(body) => println!("{} bytes", body.len()),
        Err(err) if err.is_timeout() => println!("timed out: {err}"),
        Err(err) => return Err(err),
    }
    Ok(())
}
