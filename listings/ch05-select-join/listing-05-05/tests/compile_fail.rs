// Each file in tests/ui must fail to compile with exactly the error in the
// .stderr beside it: the error the book shows.
#[test]
fn select_loop_mistakes_do_not_compile() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
