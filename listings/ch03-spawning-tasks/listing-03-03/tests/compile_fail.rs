//! Programs that must not compile, with the exact error the book shows.
//! After a compiler upgrade changes an error's wording, regenerate the
//! `.stderr` files with `TRYBUILD=overwrite cargo test -p listing-03-03`
//! and read the diff.

#[test]
fn a_task_cannot_borrow_a_local() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
