#[tokio::main]
async fn main() {
    let prefix = String::from("job");
    let mut handles = Vec::new();
    for i in 0..3 {
        handles.push(tokio::spawn(async {
            format!("{prefix} {i}") // borrows `prefix` and `i`
        }));
    }
    for handle in handles {
        println!("{}", handle.await.unwrap());
    }
}
