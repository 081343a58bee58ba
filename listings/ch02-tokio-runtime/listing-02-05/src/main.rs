// ANCHOR: all
use listing_02_05::{build_runtime, task_thread_names, thread_name};

fn main() -> std::io::Result<()> {
    let rt = build_runtime()?;
    println!("worker threads: {}", rt.metrics().num_workers());
    let names = rt.block_on(async {
        println!("block_on runs its future on: {}", thread_name());
        task_thread_names(10).await
    });
    for name in names {
        println!("spawned tasks ran on: {name}");
    }
    Ok(())
}
// ANCHOR_END: all
