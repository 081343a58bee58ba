#[test]
fn a_oneshot_sender_sends_once() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
