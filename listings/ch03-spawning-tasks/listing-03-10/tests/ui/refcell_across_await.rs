// ANCHOR: broken
use std::cell::RefCell;

async fn bump(counter: &RefCell<u32>) {
    *counter.borrow_mut() += 1;
    tokio::task::yield_now().await; // `counter`, a `&RefCell`, is held here
    *counter.borrow_mut() += 1;
}

#[tokio::main]
async fn main() {
    tokio::spawn(async {
        let counter = RefCell::new(0); // RefCell is Send, but not Sync
        bump(&counter).await;
        counter.into_inner()
    });
}
// ANCHOR_END: broken
