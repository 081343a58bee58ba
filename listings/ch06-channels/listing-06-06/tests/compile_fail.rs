#[test]
fn receivers_cannot_be_cloned() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
