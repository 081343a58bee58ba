use listing_04_09::fetch_all;

#[tokio::main]
async fn main() -> Result<(), reqwest::Error> {
    let client = reqwest::Client::builder()
        .user_agent("async-course")
        .build()?;
    let urls: Vec<String> = ["rust-lang", "tokio-rs", "serde-rs", "seanmonstar"]
        .iter()
        .map(|name| format!("https://api.github.com/users/{name}"))
        .collect();
    for (url, result) in fetch_all(&client, &urls, 2).await {
        match result {
            Ok(body) => println!("{url}: {} bytes", body.len()),
            Err(err) => println!("{url}: {err}"),
        }
    }
    Ok(())
}
