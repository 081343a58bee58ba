use listing_05_02::{Log, lines, race};

#[tokio::main]
async fn main() {
    let log = Log::default();
    race(log.clone()).await;
    for line in lines(&log) {
        println!("{line}");
    }
}
