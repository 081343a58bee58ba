//! Programs that must not compile, with the exact error the book shows.
//! After a compiler upgrade changes an error's wording, regenerate the
//! `.stderr` files with `TRYBUILD=overwrite cargo test -p listing-01-03`
//! and read the diff.

#[test]
fn a_future_that_is_never_awaited_is_reported() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
