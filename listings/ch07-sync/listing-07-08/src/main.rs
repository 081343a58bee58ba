#[tokio::main]
async fn main() {
    let (results, max) = listing_07_08::run_jobs(10, 3).await;
    println!("{}", listing_07_08::summary(&results, max));
}
