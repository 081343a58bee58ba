// ANCHOR: all
use std::sync::Arc;

#[tokio::main]
async fn main() {
    let names = Arc::new(vec![
        String::from("ada"),
        String::from("grace"),
        String::from("barbara"),
    ]);
    for line in listing_03_04::describe(names).await {
        println!("{line}");
    }

    let count = tokio::spawn(listing_03_04::count_then_wait())
        .await
        .unwrap();
    println!("{count} names counted in a task");
}
// ANCHOR_END: all
