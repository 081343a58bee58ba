use listing_07_02::count;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_increment_is_counted() {
    assert_eq!(count(10).await, 10, "ten tasks each add one");
    assert_eq!(
        count(1_000).await,
        1_000,
        "no increment may be lost, even with many tasks"
    );
}
