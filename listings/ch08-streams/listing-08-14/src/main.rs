// The clock is paused here only so the times printed are exact: the
// program waits three virtual seconds. Real programs leave it out.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    use listing_08_14::{line, spawned, stalled};
    println!("{}", line("awaiting in the loop", &stalled().await));
    println!("{}", line("spawned tasks       ", &spawned().await));
}
