// ANCHOR: main
// A program on a paused clock: the hour of sleep passes at once.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (tokio_took, std_took) = listing_09_11::sleep_an_hour().await;
    println!("tokio::time::Instant: {tokio_took:?}");
    println!(
        "std::time::Instant: under a second? {}",
        std_took < std::time::Duration::from_secs(1)
    );
}
// ANCHOR_END: main
