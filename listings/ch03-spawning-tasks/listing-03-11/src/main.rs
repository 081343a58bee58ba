// ANCHOR: main
use std::cell::Cell;
use std::rc::Rc;

// A LocalRuntime: one thread, and `spawn_local` takes futures that are not
// Send, with no LocalSet in between.
#[tokio::main(flavor = "local")]
async fn main() {
    for line in listing_03_11::with_a_local_set().await {
        println!("{line}");
    }
    let hits = Rc::new(Cell::new(0)); // neither Send nor Sync
    let task = tokio::task::spawn_local({
        let hits = Rc::clone(&hits);
        async move { hits.set(hits.get() + 1) }
    });
    task.await.unwrap();
    println!("spawn_local on a LocalRuntime: {} hit", hits.get());
}
// ANCHOR_END: main
