//! Listing 3-11: tasks that are not `Send` run on one thread, in a
//! `LocalSet` or on a `LocalRuntime`.

// ANCHOR: local_set
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use tokio::task::LocalSet;
use tokio::time::sleep;

/// Three local tasks share an `Rc<RefCell<_>>`: no `Arc`, no lock, because
/// they all run on the thread that drives the set.
pub async fn with_a_local_set() -> Vec<String> {
    let log = Rc::new(RefCell::new(Vec::new()));
    let local = LocalSet::new();
    for i in [3_u64, 1, 2] {
        let log = Rc::clone(&log);
        local.spawn_local(async move {
            sleep(Duration::from_millis(10 * i)).await;
            log.borrow_mut().push(format!("task {i} done"));
        });
    }
    local.await; // runs the set until every task in it has finished
    Rc::try_unwrap(log).unwrap().into_inner()
}
// ANCHOR_END: local_set
