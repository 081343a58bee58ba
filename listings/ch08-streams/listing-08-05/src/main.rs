use listing_08_05::{Api, report};

#[tokio::main]
async fn main() {
    for line in report(&Api::default()).await {
        println!("{line}");
    }
}
