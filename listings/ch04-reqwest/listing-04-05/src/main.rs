// ANCHOR: main
use listing_04_05::get_todo;

#[tokio::main]
async fn main() {
    let client = reqwest::Client::new();
    // This fake API has 200 todos: number 999 is a 404. API_BASE points
    // the program at another server (the tests' local one).
    let base =
        std::env::var("API_BASE").unwrap_or_else(|_| "https://jsonplaceholder.typicode.com".into());
    match get_todo(&client, &base, 999).await {
        Ok(todo) => println!("found {todo:?}"),
        Err(err) => println!("failed: {err} (status: {:?})", err.status()),
    }
}
// ANCHOR_END: main
