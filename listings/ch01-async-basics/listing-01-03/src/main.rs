// ANCHOR: all
async fn save(note: &str) {
    println!("saved {note:?}");
}

#[tokio::main]
async fn main() {
    save("buy milk").await;
    println!("done");
}
// ANCHOR_END: all
