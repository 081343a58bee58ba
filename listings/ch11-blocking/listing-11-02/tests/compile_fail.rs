#[test]
fn spawn_blocking_cannot_borrow_local_data() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
