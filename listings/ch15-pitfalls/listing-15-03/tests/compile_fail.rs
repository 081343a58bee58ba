//! A program that must not compile, with the exact error the book shows.
//! After a compiler upgrade changes the wording, regenerate the `.stderr`
//! with `TRYBUILD=overwrite cargo test -p listing-15-03` and read the diff.

#[test]
fn a_task_without_move_cannot_borrow_locals() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
