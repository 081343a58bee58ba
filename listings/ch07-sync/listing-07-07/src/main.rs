// ANCHOR: main
#[tokio::main]
async fn main() {
    let report = listing_07_07::limited(10, 3).await;
    for line in &report.lines {
        println!("{line}");
    }
    println!(
        "at most {} tasks held a permit at once",
        report.max_in_flight
    );
}
// ANCHOR_END: main
