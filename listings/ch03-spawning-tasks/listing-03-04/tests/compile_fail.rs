//! Programs that must not compile, with the exact error the book shows.
//! After a compiler upgrade changes an error's wording, regenerate the
//! `.stderr` files with `TRYBUILD=overwrite cargo test -p listing-03-04`
//! and read the diff.

#[test]
fn a_task_cannot_hold_an_rc_across_an_await() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
