#[tokio::test]
async fn a_mutable_reference_across_an_await_is_fine() {
    assert_eq!(listing_03_10::count_in_a_task().await, 2);
}
