// ANCHOR: all
use std::rc::Rc;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async {
        let names = Rc::new(vec!["ada", "grace"]);
        println!("{}", names.len());
        // `names` is never used again, but it is dropped only at the end of
        // the block, after the .await.
        tokio::time::sleep(Duration::from_millis(10)).await;
    });

    handle.await.unwrap();
}
// ANCHOR_END: all
