#[tokio::main]
async fn main() {
    let readings = vec![20, 25, 31, 28, 35, 33];
    for line in listing_08_11::alerts(readings, 30).await {
        println!("{line}");
    }
}
