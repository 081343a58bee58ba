//! Two ways to make a task `Send`: share with `Arc` instead of `Rc`, or make
//! sure the `!Send` value is gone before the task awaits.
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;
use tokio::time::sleep;

// ANCHOR: arc
/// Spawns one task per name; all of them read the same list.
pub async fn describe(names: Arc<Vec<String>>) -> Vec<String> {
    let mut handles = Vec::new();
    for i in 0..names.len() {
        // One clone of the Arc per task: a new owner, not a copy of the list.
        let names = Arc::clone(&names);
        handles.push(tokio::spawn(async move {
            sleep(Duration::from_millis(10)).await;
            format!("{} has {} letters", names[i], names[i].len())
        }));
    }

    let mut lines = Vec::new();
    for handle in handles {
        lines.push(handle.await.expect("the task failed"));
    }
    lines
}
// ANCHOR_END: arc

// ANCHOR: scoped
/// The `Rc` lives in a block that ends before the `.await`: nothing that is
/// not `Send` is held while the task is suspended.
pub async fn count_then_wait() -> usize {
    let count = {
        let names = Rc::new(vec!["ada", "grace"]);
        names.len()
    }; // `names` is dropped here
    sleep(Duration::from_millis(10)).await;
    count
}
// ANCHOR_END: scoped

// ANCHOR: moved
/// Also `Send`: the `Rc` is only ever moved, into a plain function that
/// drops it. Nothing borrows it here, so it is gone before the `.await`.
fn count(names: Rc<Vec<&str>>) -> usize {
    names.len()
}

pub async fn move_then_wait() -> usize {
    let names = Rc::new(vec!["ada", "grace"]);
    let count = count(names); // moved, not borrowed
    sleep(Duration::from_millis(10)).await;
    count
}
// ANCHOR_END: moved
