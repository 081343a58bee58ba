use listing_05_10::{Log, lines, load_page};

#[tokio::main]
async fn main() {
    let log = Log::default();
    let _ = load_page(log.clone()).await;
    for line in lines(&log) {
        println!("{line}");
    }
}
