// ANCHOR: main
use listing_04_05::get_todo;

#[tokio::main]
async fn main() {
    let client = reqwest::Client::new();
    // This fake API has 200 todos: number 999 is a 404.
    match get_todo(&client, "https://jsonplaceholder.typicode.com", 999).await {
        Ok(todo) => println!("found {todo:?}"),
        Err(err) => println!("failed: {err} (status: {:?})", err.status()),
    }
}
// ANCHOR_END: main
