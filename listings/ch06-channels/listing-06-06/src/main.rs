use tokio::time::Instant;

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let per_worker = listing_06_06::worker_pool(3, 6).await;
    let jobs: usize = per_worker.iter().map(Vec::len).sum();
    println!(
        "{jobs} jobs done by {} workers in {}s",
        per_worker.len(),
        start.elapsed().as_secs()
    );
}
