// ANCHOR: all
use std::rc::Rc;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let handle = tokio::spawn(async {
        let names = Rc::new(vec!["ada", "grace"]);
        let count = names.len();
        drop(names); // not enough: `names.len()` borrowed it above
        tokio::time::sleep(Duration::from_millis(10)).await;
        println!("{count}");
    });

    handle.await.unwrap();
}
// ANCHOR_END: all
