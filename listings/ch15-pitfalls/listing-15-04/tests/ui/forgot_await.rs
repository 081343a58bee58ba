#![deny(unused_must_use)]
use std::sync::Mutex;

async fn record(log: &Mutex<Vec<String>>, line: &str) {
    log.lock().unwrap().push(line.to_string());
}

#[tokio::main]
async fn main() {
    let log = Mutex::new(Vec::new());
    record(&log, "order received"); // no .await
    println!("{:?}", log.lock().unwrap());
}
