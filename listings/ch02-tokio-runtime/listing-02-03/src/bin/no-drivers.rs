// ANCHOR: all
use std::time::Duration;
use tokio::runtime::Builder;

fn main() {
    // No `.enable_all()`: the runtime has no I/O driver and no timer.
    let rt = Builder::new_multi_thread()
        .build()
        .expect("Failed building the Runtime");
    rt.block_on(async {
        tokio::time::sleep(Duration::from_millis(10)).await; // panics
        println!("never printed");
    });
}
// ANCHOR_END: all
