#[tokio::main]
async fn main() {
    let prefix = String::from("job");
    let mut handles = Vec::new();
    for i in 0..3 {
        handles.push(tokio::spawn(async move {
            format!("{prefix} {i}") // the first task takes `prefix` away
        }));
    }
    for handle in handles {
        println!("{}", handle.await.unwrap());
    }
}
