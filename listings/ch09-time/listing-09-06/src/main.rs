// ANCHOR: main
#[tokio::main]
async fn main() {
    listing_09_06::tick_five_times(|line| println!("{line}")).await;
}
// ANCHOR_END: main
