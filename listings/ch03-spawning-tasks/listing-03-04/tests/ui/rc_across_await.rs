// ANCHOR: all
use std::rc::Rc;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async {
        let names = Rc::new(vec!["ada", "grace"]);
        tokio::time::sleep(Duration::from_millis(10)).await;
        println!("{}", names.len());
    });

    handle.await.unwrap();
}
// ANCHOR_END: all
