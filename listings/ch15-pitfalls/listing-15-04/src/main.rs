use std::sync::Mutex;

#[tokio::main]
async fn main() {
    let log = Mutex::new(Vec::new());
    listing_15_04::handle_order_forgetful(&log).await;
    println!("without .await: {:?}", log.lock().unwrap());

    let log = Mutex::new(Vec::new());
    listing_15_04::handle_order(&log).await;
    println!("with .await:    {:?}", log.lock().unwrap());
}
