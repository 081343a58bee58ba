// ANCHOR: main
// One thread, so the other task can only run when this one yields.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    for line in listing_02_09::report(1000).await {
        println!("{line}");
    }
}
// ANCHOR_END: main
