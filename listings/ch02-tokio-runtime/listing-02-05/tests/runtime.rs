use listing_02_05::{build_runtime, task_thread_names};
use std::collections::BTreeSet;
use std::time::Duration;

#[test]
fn has_two_workers_named_crawler_worker() {
    let rt = build_runtime().expect("the runtime builds");
    assert_eq!(
        rt.metrics().num_workers(),
        2,
        "the builder asks for two worker threads"
    );
    let names = rt.block_on(async {
        tokio::time::timeout(Duration::from_secs(10), task_thread_names(50))
            .await
            .expect("the tasks did not finish within ten seconds")
    });
    assert_eq!(
        names,
        BTreeSet::from(["crawler-worker".to_owned()]),
        "every spawned task should run on a worker named crawler-worker"
    );
}

// Older posts name tokio's worker threads `tokio-runtime-worker`; since tokio
// 1.50 the default is `tokio-rt-worker`, short enough for Linux's 15-byte
// thread names. The book says so; this test keeps it true.
#[test]
fn the_default_worker_name_is_tokio_rt_worker() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("the runtime builds");
    let names = rt.block_on(async {
        tokio::time::timeout(Duration::from_secs(10), task_thread_names(5))
            .await
            .expect("the tasks did not finish within ten seconds")
    });
    assert_eq!(names, BTreeSet::from(["tokio-rt-worker".to_owned()]));
}
