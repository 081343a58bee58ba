// ANCHOR: main
use listing_01_06::signal;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let (trigger, signal) = signal();
    let thread = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(20)); // some blocking work
        println!("thread: work done, firing");
        trigger.fire();
    });
    println!("main: waiting for the signal");
    signal.await; // Pending until the thread calls wake()
    println!("main: woken and ready");
    thread.join().unwrap();
}
// ANCHOR_END: main
