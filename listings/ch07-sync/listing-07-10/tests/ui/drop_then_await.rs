use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn save(value: u64) -> u64 {
    tokio::time::sleep(Duration::from_millis(100)).await;
    value
}

#[tokio::main]
async fn main() {
    let counter = Arc::new(Mutex::new(0));
    let task = tokio::spawn({
        let counter = Arc::clone(&counter);
        async move {
            let mut n = counter.lock().unwrap();
            *n += 1;
            let value = *n;
            drop(n); // unlocks the mutex, but `*n` borrowed the guard above
            save(value).await
        }
    });
    println!("saved {}", task.await.unwrap());
}
