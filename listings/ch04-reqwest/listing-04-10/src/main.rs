use listing_04_10::fetch_all;

#[tokio::main]
async fn main() -> Result<(), reqwest::Error> {
    let client = reqwest::Client::builder()
        .user_agent("async-course")
        .build()?;
    let urls: Vec<String> = ["rust-lang", "tokio-rs", "serde-rs", "seanmonstar"]
        .iter()
        .map(|name| format!("https://api.github.com/users/{name}"))
        .collect();
    let mut results = fetch_all(&client, urls.clone(), 2).await;
    results.sort_by_key(|(index, _)| *index); // back in the order of `urls`
    for (index, result) in results {
        match result {
            Ok(body) => println!("{}: {} bytes", urls[index], body.len()),
            Err(err) => println!("{}: {err}", urls[index]),
        }
    }
    Ok(())
}
