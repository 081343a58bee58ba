// ANCHOR: all
use listing_11_05::threads_for_waiting_jobs;

#[tokio::main]
async fn main() {
    let threads = threads_for_waiting_jobs(16).await;
    println!("16 jobs waited together on {threads} blocking threads");
}
// ANCHOR_END: all
