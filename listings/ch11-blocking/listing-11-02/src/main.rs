// ANCHOR: all
use listing_11_02::blocking_operation;
use tokio::task;

#[tokio::main]
async fn main() {
    let result = task::spawn_blocking(blocking_operation).await.unwrap();

    println!("Result: {result}");
}
// ANCHOR_END: all
