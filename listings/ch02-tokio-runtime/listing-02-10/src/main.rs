// ANCHOR: main
use listing_02_10::on_a_plain_thread;
use tokio::runtime::Handle;

#[tokio::main]
async fn main() {
    let handle = Handle::current(); // cheap to clone, Send: give it away
    let thread = std::thread::spawn(move || on_a_plain_thread(handle, 1));
    // Joining a thread blocks, so do it on a blocking thread, not here.
    let (now, later) = tokio::task::spawn_blocking(move || thread.join().unwrap())
        .await
        .unwrap();
    println!("block_on on the plain thread returned {now}");
    println!("the task it spawned returned {}", later.await.unwrap());
}
// ANCHOR_END: main
