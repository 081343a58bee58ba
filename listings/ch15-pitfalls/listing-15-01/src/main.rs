// One thread: the tasks start in the order they were spawned, so the
// records come out in that order too.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    for line in listing_15_01::report().await {
        println!("{line}");
    }
}
