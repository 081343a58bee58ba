// ANCHOR: all
async fn fetch_data() -> String {
    String::from("data")
}

#[tokio::main]
async fn main() {
    let data = fetch_data().await;
    println!("{data}");
}
// ANCHOR_END: all
