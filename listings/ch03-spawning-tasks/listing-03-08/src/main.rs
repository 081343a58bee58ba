// ANCHOR: all
#[tokio::main]
async fn main() {
    for line in listing_03_08::drop_the_handle().await {
        println!("{line}");
    }
}
// ANCHOR_END: all
