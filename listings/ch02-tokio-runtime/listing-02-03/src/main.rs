// ANCHOR: all
use tokio::runtime::{Builder, Handle};

fn main() {
    // The body of `async fn main`, as a future. Nothing runs yet.
    let body = async {
        let flavor = Handle::current().runtime_flavor();
        println!("runtime flavor: {flavor:?}");
    };
    // Build a multi-thread runtime with its I/O and time drivers,
    // then run the body on this thread until it is done.
    Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("Failed building the Runtime")
        .block_on(body);
}
// ANCHOR_END: all
