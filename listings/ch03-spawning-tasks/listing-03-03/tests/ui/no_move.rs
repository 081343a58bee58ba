// ANCHOR: all
use tokio::task;

#[tokio::main]
async fn main() {
    let data = String::from("hello");

    let handle = task::spawn(async {
        println!("{}", data);
    });

    handle.await.unwrap();
}
// ANCHOR_END: all
