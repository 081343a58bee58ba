#[tokio::main]
async fn main() {
    let (outcome, calls) = listing_12_10::connect_with_retries(5, 2).await;
    println!("{outcome:?} after calls {calls:?}");
    let (outcome, calls) = listing_12_10::connect_with_retries(2, 2).await;
    println!("{outcome:?} after calls {calls:?}");
}
