//! A program that must not compile, with the exact error the book shows.
//! After a compiler upgrade changes the wording, regenerate the `.stderr`
//! with `TRYBUILD=overwrite cargo test -p listing-15-04` and read the diff.

#[test]
fn an_unawaited_future_is_an_error_under_deny_unused_must_use() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
