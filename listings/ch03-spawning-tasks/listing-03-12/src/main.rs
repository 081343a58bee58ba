// ANCHOR: main
#[tokio::main]
async fn main() {
    // Two requests at once: each sees its own id.
    let (a, b) = tokio::join!(listing_03_12::handle(7), listing_03_12::handle(8));
    for line in a.into_iter().chain(b) {
        println!("{line}");
    }
    let inside = listing_03_12::spawned_inside(9).await;
    println!("a task spawned inside the scope sees: {inside:?}");
}
// ANCHOR_END: main
