// ANCHOR: all
#[tokio::main]
async fn main() {
    for line in listing_03_09::drop_the_set().await {
        println!("{line}");
    }
}
// ANCHOR_END: all
